// Helpers shared by the tests: scratch files and running the command-line program.
#pragma once

#include <sys/wait.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <utility>

#include "actorgraph/model.hpp"

namespace actorgraph_test {

/// Returns a fresh scratch directory under the build tree, named after NAME.
inline std::filesystem::path scratch_dir(const std::string& name) {
  std::filesystem::path dir = std::filesystem::path(ACTORGRAPH_TEST_TMP) / name;
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return dir;
}

/// Writes CONTENT to PATH as bytes.
inline void write_file(const std::filesystem::path& path, const std::string& content) {
  std::filesystem::create_directories(path.parent_path());
  std::ofstream out(path, std::ios::binary);
  out << content;
}

/// Reads PATH as bytes.
inline std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

/// The outcome of running the CLI.
struct RunResult {
  int exit_code = -1;  // process exit status
  std::string out;     // standard output
  std::string err;     // standard error
};

/// Runs the actorgraph binary with ARGS (a shell-quoted string) in directory DIR.
inline RunResult run_cli(const std::string& args, const std::filesystem::path& dir) {
  std::filesystem::path err_file = dir / ".stderr";
  std::string cmd = "cd '" + dir.string() + "' && '" + ACTORGRAPH_BIN + "' " + args + " 2>'" +
                    err_file.string() + "'";
  RunResult r;
  FILE* p = popen(cmd.c_str(), "r");
  if (p == nullptr) return r;
  char buf[4096];
  std::size_t n;
  while ((n = fread(buf, 1, sizeof buf, p)) > 0)
    r.out.append(buf, n);
  int status = pclose(p);
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  r.err = read_file(err_file);
  std::filesystem::remove(err_file);
  return r;
}

/// Makes an actor with ID, NAME and TYPE; FORMS default to the name seen once.
inline actorgraph::Actor make_actor(const std::string& id, const std::string& name,
                                    actorgraph::ActorType type,
                                    std::map<std::string, uint32_t> forms = {}) {
  actorgraph::Actor a;
  a.id = id;
  a.name = name;
  a.type = type;
  a.forms = std::move(forms);
  if (a.forms.empty()) a.forms[name] = 1;
  return a;
}

/// Counts the lines of S.
inline int line_count(const std::string& s) {
  int n = 0;
  for (char c : s)
    n += c == '\n';
  if (!s.empty() && s.back() != '\n') ++n;
  return n;
}

}  // namespace actorgraph_test
