// The command line as users see it: exit statuses, one-line errors, nothing written on failure.
#include <catch2/catch.hpp>

#include "test_util.hpp"

using namespace actorgraph_test;
namespace fs = std::filesystem;

namespace {

bool dir_is_empty(const fs::path& dir) {
  return !fs::exists(dir) || fs::is_empty(dir);
}

// Checks the shape of a failure: status, exactly one line on stderr naming NEEDLE.
void check_failure(const RunResult& r, int status, const std::string& needle) {
  INFO("stderr: " << r.err);
  CHECK(r.exit_code == status);
  CHECK(line_count(r.err) == 1);
  CHECK_THAT(r.err, Catch::StartsWith("actorgraph") && Catch::Contains(needle));
}

}  // namespace

TEST_CASE("help explains the commands with examples; --version prints it", "[cli]") {
  auto dir = scratch_dir("cli-help");
  auto help = run_cli("--help", dir);
  CHECK(help.exit_code == 0);
  for (const char* word : {"build", "explain", "query", "validate", "Examples:", "Exit status"}) {
    CHECK_THAT(help.out, Catch::Contains(word));
  }
  auto build_help = run_cli("build --help", dir);
  CHECK(build_help.exit_code == 0);
  CHECK_THAT(build_help.out, Catch::Contains("--format") && Catch::Contains("--catalog") &&
                                 Catch::Contains("--jobs"));
  auto version = run_cli("--version", dir);
  CHECK(version.exit_code == 0);
  CHECK_THAT(version.out, Catch::StartsWith("actorgraph "));
}

TEST_CASE("usage errors exit 2 with one line", "[cli]") {
  auto dir = scratch_dir("cli-usage");
  check_failure(run_cli("", dir), 2, "subcommand");
  check_failure(run_cli("frobnicate", dir), 2, "frobnicate");
  check_failure(run_cli("build", dir), 2, "INPUT");
  check_failure(run_cli("build x.txt --jobs many", dir), 2, "many");
}

TEST_CASE("bad inputs: one line naming the file and the problem, nothing written", "[cli]") {
  auto dir = scratch_dir("cli-bad-input");
  fs::path out = dir / "out";
  SECTION("missing path") {
    check_failure(run_cli("build missing.txt -o out", dir), 1, "missing.txt: no such file");
  }
  SECTION("directory with no inputs") {
    fs::create_directories(dir / "empty");
    check_failure(run_cli("build empty -o out", dir), 1, "empty: directory has no .txt");
  }
  SECTION("binary file") {
    write_file(dir / "img.txt", std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
    check_failure(run_cli("build img.txt -o out", dir), 1, "img.txt: binary file");
  }
  SECTION("invalid UTF-8 with its byte offset") {
    write_file(dir / "latin1.txt", "Caf\xE9 owners protested.");
    check_failure(run_cli("build latin1.txt -o out", dir), 1,
                  "latin1.txt: invalid UTF-8 at byte offset 3");
  }
  SECTION(".jsonl line that is not JSON, with its line number") {
    write_file(dir / "c.jsonl", "{\"id\":\"a\",\"text\":\"Fine.\"}\n{\"id\": \"b\", text}\n");
    check_failure(run_cli("build c.jsonl -o out", dir), 1, "c.jsonl:2: not valid JSON");
  }
  SECTION(".jsonl line without text") {
    write_file(dir / "c.jsonl", "{\"id\":\"a\",\"body\":\"Fine.\"}\n");
    check_failure(run_cli("build c.jsonl -o out", dir), 1, "c.jsonl:1: no \"text\" field");
  }
  SECTION(".jsonl text that is not a string") {
    write_file(dir / "c.jsonl", "{\"text\":\"ok\"}\n{\"text\":[\"a\"]}\n");
    check_failure(run_cli("build c.jsonl -o out", dir), 1, "c.jsonl:2: \"text\" is not a string");
  }
  SECTION("unknown format") {
    write_file(dir / "a.txt", "Fine.");
    check_failure(run_cli("build a.txt -o out --format jsonld,pdf", dir), 2,
                  "unknown format 'pdf'");
  }
  SECTION("a bad catalog") {
    write_file(dir / "a.txt", "Fine.");
    write_file(dir / "catalog.json", "{\"actors\": [");
    check_failure(run_cli("build a.txt -o out --catalog catalog.json", dir), 1, "catalog.json");
  }
  CHECK(dir_is_empty(out));
}

TEST_CASE("build writes the default formats and reports where", "[cli]") {
  auto dir = scratch_dir("cli-build");
  write_file(dir / "a.txt",
             "\xEF\xBB\xBFRegulators in Brussels opened a probe.\r\nIt\xC2\xA0"
             "continues.\r\n");
  auto r = run_cli("build a.txt -o out", dir);
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  for (const char* f : {"graph.jsonld", "graph.dot", "graph.svg"}) {
    CHECK(fs::exists(dir / "out" / f));
    CHECK_THAT(r.out, Catch::Contains(std::string("out/") + f));
  }
  // Only the final files remain: no temporary file is left behind.
  int files = 0;
  for (const auto& e : fs::directory_iterator(dir / "out")) {
    (void)e;
    ++files;
  }
  CHECK(files == 3);
}

TEST_CASE("standard input is one document", "[cli]") {
  auto dir = scratch_dir("cli-stdin");
  write_file(dir / "in.txt", "Lawmakers met on Tuesday.");
  auto r = run_cli("build - -o out --format jsonld < in.txt", dir);
  INFO(r.err);
  CHECK(r.exit_code == 0);
  CHECK_THAT(r.out, Catch::Contains("1 documents"));
}

TEST_CASE("same input, same options: byte-identical output, for any -j and input order", "[cli]") {
  auto dir = scratch_dir("cli-determinism");
  std::string examples = std::string(ACTORGRAPH_SOURCE_DIR) + "/examples";
  if (!fs::exists(examples)) return;
  for (const auto& e : fs::directory_iterator(examples)) {
    if (e.path().extension() == ".txt") fs::copy(e.path(), dir / e.path().filename());
  }
  auto a = run_cli("build . -o a -j 1 --format jsonld,dot,graphml", dir);
  auto b = run_cli("build . -o b -j 2 --format jsonld,dot,graphml", dir);
  REQUIRE(a.exit_code == 0);
  REQUIRE(b.exit_code == 0);
  for (const char* f : {"graph.jsonld", "graph.dot", "graph.graphml"}) {
    INFO(f);
    CHECK(read_file(dir / "a" / f) == read_file(dir / "b" / f));
  }
  // Reverse the order of the inputs on the command line.
  std::vector<std::string> names;
  for (const auto& e : fs::directory_iterator(dir)) {
    if (e.path().extension() == ".txt") names.push_back(e.path().filename().string());
  }
  std::sort(names.rbegin(), names.rend());
  std::string args = "build";
  for (const auto& n : names)
    args += " '" + n + "'";
  auto c = run_cli(args + " -o c -j 2 --format jsonld", dir);
  REQUIRE(c.exit_code == 0);
  CHECK(read_file(dir / "a" / "graph.jsonld") == read_file(dir / "c" / "graph.jsonld"));
}

TEST_CASE("build with --keep-going reports and skips a bad document", "[cli]") {
  auto dir = scratch_dir("cli-keep-going");
  write_file(dir / "c.jsonl",
             "{\"id\":\"a\",\"text\":\"One.\"}\nnot json\n{\"id\":\"c\",\"text\":\"Three.\"}\n");
  auto stop = run_cli("build c.jsonl -o out --format jsonld", dir);
  CHECK(stop.exit_code == 1);
  auto go = run_cli("build c.jsonl -o out --format jsonld --keep-going", dir);
  CHECK(go.exit_code == 0);
  CHECK_THAT(go.err, Catch::Contains("skipped: ") && Catch::Contains("c.jsonl:2"));
  CHECK_THAT(go.out, Catch::Contains("2 documents (1 skipped)"));
}

TEST_CASE("explain prints sentences with their byte spans", "[cli]") {
  auto dir = scratch_dir("cli-explain");
  write_file(dir / "a.txt", "First sentence here. Second one follows.");
  auto r = run_cli("explain a.txt", dir);
  CHECK(r.exit_code == 0);
  CHECK_THAT(r.out, Catch::Contains("[0] 0-20") && Catch::Contains("[1] 21-40"));
}

TEST_CASE("an output that cannot be written is an error, and no temporary file remains", "[cli]") {
  auto dir = scratch_dir("cli-unwritable");
  write_file(dir / "a.txt", "Fine.");
  write_file(dir / "out", "a file where the output directory should be");
  auto r = run_cli("build a.txt -o out --format jsonld", dir);
  CHECK(r.exit_code == 1);
  CHECK(line_count(r.err) == 1);
  CHECK_THAT(r.err, Catch::Contains("out"));
}

TEST_CASE("validate and merge refuse a directory or a missing file with one line", "[cli]") {
  auto dir = scratch_dir("cli-validate-dir");
  std::filesystem::create_directories(dir / "adir");
  auto v = run_cli("validate adir", dir);
  CHECK(v.exit_code == 1);
  CHECK_THAT(v.err, Catch::Contains("adir: is a directory"));
  auto m = run_cli("merge adir -o merged.jsonld", dir);
  CHECK(m.exit_code == 1);
  CHECK_THAT(m.err, Catch::Contains("adir: is a directory"));
  CHECK_FALSE(std::filesystem::exists(dir / "merged.jsonld"));
  auto missing = run_cli("validate nope.jsonld", dir);
  CHECK(missing.exit_code == 1);
  CHECK(line_count(missing.err) == 1);
  CHECK_THAT(missing.err, Catch::Contains("nope.jsonld: no such file"));
}
