// Benchmark of the text layer: tokenizing plus sentence splitting on one thread.
//
// Usage: text_bench [--mb N] [--no-generated] [FILE...]
// The corpus is built in memory by repeating the example texts (examples/**/*.txt under the
// source tree; else the seed article ../shared/seed/h20-article.txt; else generated text)
// until it holds at least N MB (default 100). Each copy of each text is analyzed as one
// document, reusing one TextAnalysis, as the pipeline does. A second corpus of generated,
// non-repeating English-like text, dense in tricky tokens, is timed as well. Figures are the best
// of ten rounds by thread CPU time (the machine may be shared); wall-clock is shown too.
#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "actorgraph/text.hpp"

namespace fs = std::filesystem;
using actorgraph::TextAnalysis;

namespace {

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buf;
  buf << in.rdbuf();
  return buf.str();
}

// A small xorshift generator: the generated corpus is the same on every run.
struct Rng {
  uint64_t s = 0x9E3779B97F4A7C15ull;
  uint32_t next(uint32_t n) {
    s ^= s << 13;
    s ^= s >> 7;
    s ^= s << 17;
    return static_cast<uint32_t>((s >> 11) % n);
  }
};

// Generates English-like news text of about BYTES bytes: headlines, paragraphs, sentences
// with names, numbers, money, initialisms, abbreviations, possessives and quotations.
std::string generate_text(std::size_t bytes) {
  // clang-format off
  static const char* const kWords[] = {
      "the", "a", "of", "to", "and", "in", "that", "for", "on", "with", "as", "by", "said",
      "its", "from", "would", "has", "was", "were", "is", "are", "have", "after", "over",
      "company", "government", "officials", "chips", "exports", "market", "sales", "rules",
      "license", "licenses", "ministry", "regulators", "investors", "shares", "revenue",
      "supply", "chain", "security", "review", "tariffs", "ban", "approved", "urged",
      "rejected", "investigation", "firms", "local", "foreign", "domestic", "trade",
      "leading-edge", "AI-powered", "state-owned", "long-term", "data", "centers", "deal",
      "quarter", "growth", "policy", "plans", "pressure", "demand", "output", "week",
      "Veltrix", "Orvane", "Nadir", "Kestrel", "Orvania", "Talia", "Brenn", "Hale", "Ives",
      "K40", "ZX9100", "7000X", "U.S.", "E.U.", "U.K.", "Corp.", "Inc.", "Mr.", "Dr.",
      "Jan.", "15%", "$5.5", "billion", "2,000", "3.5", "million", "percent", "Monday",
      "Veltrix's", "Orvane\xE2\x80\x99s", "suppliers'", "it's", "don't", "(", ")", ",", ",",
      ",", "\xE2\x80\x94", "\xE2\x80\x9C", "\xE2\x80\x9D", "www.orvane.com", "9", "a.m.",
  };
  // clang-format on
  constexpr uint32_t kCount = sizeof(kWords) / sizeof(kWords[0]);
  Rng rng;
  std::string out;
  out.reserve(bytes + 256);
  while (out.size() < bytes) {
    // A headline.
    const uint32_t hl = 4 + rng.next(8);
    for (uint32_t w = 0; w < hl; ++w) {
      std::string_view word = kWords[rng.next(kCount)];
      if (w) out += ' ';
      out += word;
    }
    out += "\n\n";
    const uint32_t sentences = 3 + rng.next(6);
    for (uint32_t s = 0; s < sentences; ++s) {
      const uint32_t len = 8 + rng.next(28);
      for (uint32_t w = 0; w < len; ++w) {
        std::string_view word = kWords[rng.next(kCount)];
        if (w == 0) {
          out += static_cast<char>(word[0] >= 'a' && word[0] <= 'z' ? word[0] - 32 : word[0]);
          out.append(word.substr(1));
        } else {
          out += ' ';
          out += word;
        }
      }
      out += rng.next(10) == 0 ? "?" : ".";
      out += s + 1 < sentences ? " " : "\n\n";
    }
  }
  return out;
}

// CPU time of this thread: on a shared machine it excludes the time spent descheduled.
double thread_cpu_seconds() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

struct Figures {
  double seconds = 0;      // wall-clock time
  double cpu_seconds = 0;  // thread CPU time
  std::size_t bytes = 0;
  std::size_t tokens = 0;
  std::size_t sentences = 0;
};

// Analyzes each document of DOCS once; returns the time and counts.
Figures run_once(const std::vector<std::string_view>& docs, TextAnalysis* ta) {
  Figures f;
  const auto start = std::chrono::steady_clock::now();
  const double cpu_start = thread_cpu_seconds();
  for (std::string_view d : docs) {
    actorgraph::analyze_text(d, ta);
    f.bytes += d.size();
    f.tokens += ta->tokens.size();
    f.sentences += ta->sentences.size();
  }
  f.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  f.cpu_seconds = thread_cpu_seconds() - cpu_start;
  return f;
}

void report(const char* name, const std::vector<std::string_view>& docs, int rounds) {
  TextAnalysis ta;
  run_once({docs.front()}, &ta);  // warm the buffers
  Figures best;
  best.cpu_seconds = 1e30;
  double best_wall = 1e30;
  for (int r = 0; r < rounds; ++r) {
    const Figures f = run_once(docs, &ta);
    if (f.cpu_seconds < best.cpu_seconds) best = f;
    best_wall = std::min(best_wall, f.seconds);
  }
  const double mb = static_cast<double>(best.bytes) / 1e6;
  std::printf(
      "%-10s %6.1f MB %9zu tokens %8zu sentences | cpu %6.3f s %6.1f MB/s %9.0f sentences/s"
      " | wall %6.1f MB/s\n",
      name, mb, best.tokens, best.sentences, best.cpu_seconds, mb / best.cpu_seconds,
      static_cast<double>(best.sentences) / best.cpu_seconds, mb / best_wall);
}

}  // namespace

int main(int argc, char** argv) {
  std::size_t target_mb = 100;
  bool with_generated = true;
  std::vector<fs::path> files;
  for (int k = 1; k < argc; ++k) {
    const std::string arg = argv[k];
    if (arg == "--no-generated") {
      with_generated = false;
    } else if (arg == "--mb" && k + 1 < argc) {
      target_mb = static_cast<std::size_t>(std::strtoul(argv[++k], nullptr, 10));
    } else {
      files.emplace_back(arg);
    }
  }
  const fs::path source_dir = fs::path(__FILE__).parent_path().parent_path();
  const char* origin = "arguments";
  if (files.empty()) {
    std::error_code ec;
    const fs::path examples = source_dir / "examples";
    if (fs::is_directory(examples, ec)) {
      for (const auto& e : fs::recursive_directory_iterator(examples, ec))
        if (e.is_regular_file() && e.path().extension() == ".txt") files.push_back(e.path());
      std::sort(files.begin(), files.end());
      origin = "examples/";
    }
  }
  if (files.empty()) {
    const fs::path seed = source_dir.parent_path() / "shared" / "seed" / "h20-article.txt";
    std::error_code ec;
    if (fs::is_regular_file(seed, ec)) {
      files.push_back(seed);
      origin = "seed article";
    }
  }
  std::vector<std::string> texts;
  for (const fs::path& f : files) {
    std::string t = read_file(f);
    if (!t.empty()) texts.push_back(std::move(t));
  }
  if (texts.empty()) {
    texts.push_back(generate_text(8000));
    origin = "generated text";
  }
  const std::size_t target = target_mb * 1000 * 1000;

  // One contiguous corpus, cut into documents.
  std::string corpus;
  corpus.reserve(target + 65536);
  std::vector<std::pair<std::size_t, std::size_t>> cuts;
  while (corpus.size() < target) {
    for (const std::string& t : texts) {
      cuts.emplace_back(corpus.size(), t.size());
      corpus += t;
    }
  }
  std::vector<std::string_view> docs;
  for (const auto& [b, n] : cuts)
    docs.emplace_back(corpus.data() + b, n);
  std::printf("corpus: %zu file(s) from %s repeated to %zu documents\n", texts.size(), origin,
              docs.size());
  report("examples", docs, 10);
  if (!with_generated) return 0;

  // Generated text that does not repeat, cut into documents of about 4 KB at paragraph ends.
  const std::string generated = generate_text(target);
  std::vector<std::string_view> gdocs;
  std::size_t b = 0;
  while (b < generated.size()) {
    std::size_t e = generated.find("\n\n", std::min(generated.size(), b + 4000));
    e = e == std::string::npos ? generated.size() : e + 2;
    gdocs.emplace_back(generated.data() + b, e - b);
    b = e;
  }
  report("generated", gdocs, 10);
  return 0;
}
