// Writers for query answers: an aligned table for terminals, JSON, CSV (RFC 4180) and DOT.
#include <algorithm>
#include <cstdio>
#include <string>
#include <unordered_map>

#include "actorgraph/query.hpp"

namespace actorgraph {

namespace {

// Columns are aligned by code points, not bytes, so that accented names line up.
std::size_t display_width(std::string_view s) {
  std::size_t n = 0;
  for (char c : s) {
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
  }
  return n;
}

// Table cells stay on one line.
std::string one_line(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  }
  return out;
}

void write_table(const Answer& a, std::ostream& out) {
  const std::size_t nc = a.columns.size();
  std::vector<std::size_t> width(nc, 0);
  for (std::size_t c = 0; c < nc; ++c)
    width[c] = display_width(a.columns[c].name);
  for (const auto& row : a.rows) {
    for (std::size_t c = 0; c < nc && c < row.size(); ++c) {
      width[c] = std::max(width[c], display_width(row[c]));
    }
  }
  // Each line is built whole so that padding never trails at its end.
  auto line = [&](const std::vector<std::string>& cells) {
    std::string text;
    for (std::size_t c = 0; c < nc; ++c) {
      std::string s = c < cells.size() ? one_line(cells[c]) : std::string();
      std::size_t pad = width[c] - std::min(width[c], display_width(s));
      bool right =
          a.columns[c].kind == ColumnKind::kInteger || a.columns[c].kind == ColumnKind::kNumber;
      if (c) text += "  ";
      if (right) text.append(pad, ' ');
      text += s;
      if (!right) text.append(pad, ' ');
    }
    while (!text.empty() && text.back() == ' ')
      text.pop_back();
    out << text << '\n';
  };
  std::vector<std::string> header, rule;
  for (std::size_t c = 0; c < nc; ++c) {
    header.push_back(a.columns[c].name);
    rule.emplace_back(width[c], '-');
  }
  line(header);
  line(rule);
  for (const auto& row : a.rows)
    line(row);
  if (a.rows.empty()) out << "(no results)\n";
  for (const auto& n : a.notes)
    out << "note: " << n << '\n';
}

std::string csv_field(const std::string& s) {
  if (s.find_first_of(",\"\r\n") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
  return out;
}

void write_csv(const Answer& a, std::ostream& out) {
  for (std::size_t c = 0; c < a.columns.size(); ++c) {
    out << (c ? "," : "") << csv_field(a.columns[c].name);
  }
  out << "\r\n";
  for (const auto& row : a.rows) {
    for (std::size_t c = 0; c < row.size(); ++c)
      out << (c ? "," : "") << csv_field(row[c]);
    out << "\r\n";
  }
}

std::string json_string(std::string_view s) {
  std::string out = "\"";
  for (char c : s) {
    auto u = static_cast<unsigned char>(c);
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      default:
        if (u < 0x20) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", u);
          out += buf;
        } else {
          out += c;
        }
    }
  }
  out += '"';
  return out;
}

std::string json_value(const std::string& cell, ColumnKind kind) {
  if (kind == ColumnKind::kText) return json_string(cell);
  if (cell.empty()) return "null";
  return cell;  // numbers and booleans are already written as JSON literals
}

void write_json(const Answer& a, std::ostream& out) {
  out << "{\n  \"question\": " << json_string(a.question) << ",\n  \"columns\": [";
  for (std::size_t c = 0; c < a.columns.size(); ++c) {
    out << (c ? ", " : "") << json_string(a.columns[c].name);
  }
  out << "],\n  \"rows\": [";
  for (std::size_t r = 0; r < a.rows.size(); ++r) {
    out << (r ? ",\n    {" : "\n    {");
    for (std::size_t c = 0; c < a.columns.size() && c < a.rows[r].size(); ++c) {
      out << (c ? ", " : "") << json_string(a.columns[c].name) << ": "
          << json_value(a.rows[r][c], a.columns[c].kind);
    }
    out << '}';
  }
  out << (a.rows.empty() ? "" : "\n  ") << "],\n  \"notes\": [";
  for (std::size_t i = 0; i < a.notes.size(); ++i) {
    out << (i ? ", " : "") << json_string(a.notes[i]);
  }
  out << "]\n}\n";
}

std::string dot_id(std::string_view s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') out += '\\';
    if (c == '\n') {
      out += "\\n";
      continue;
    }
    out += c;
  }
  out += '"';
  return out;
}

void write_dot(const Answer& a, std::ostream& out) {
  out << "digraph answer {\n"
      << "  graph [rankdir=LR, labelloc=t, label=" << dot_id(a.question) << "];\n"
      << "  node [shape=box, style=rounded, fontname=\"Helvetica\"];\n"
      << "  edge [fontname=\"Helvetica\", fontsize=10];\n";
  for (const auto& n : a.nodes) {
    out << "  " << dot_id(n.id) << " [label=" << dot_id(n.label);
    if (n.focus) out << ", style=\"rounded,bold\", penwidth=2";
    out << "];\n";
  }
  for (const auto& e : a.edges) {
    out << "  " << dot_id(e.from) << " -> " << dot_id(e.to) << " [label=" << dot_id(e.label);
    if (e.negated) {
      out << ", color=red, fontcolor=red, style=dotted";
    } else if (e.hedged) {
      out << ", style=dashed";
    }
    out << "];\n";
  }
  out << "}\n";
}

}  // namespace

void write_answer(const Answer& answer, AnswerFormat format, std::ostream& out) {
  switch (format) {
    case AnswerFormat::kTable:
      write_table(answer, out);
      return;
    case AnswerFormat::kJson:
      write_json(answer, out);
      return;
    case AnswerFormat::kCsv:
      write_csv(answer, out);
      return;
    case AnswerFormat::kDot:
      write_dot(answer, out);
      return;
  }
}

}  // namespace actorgraph
