#include "actorgraph/input.hpp"

#include <catch2/catch.hpp>

#include "test_util.hpp"

using namespace actorgraph;
using actorgraph_test::scratch_dir;
using actorgraph_test::write_file;

namespace {

std::vector<Document> read_all(const std::vector<std::string>& inputs, Status* error = nullptr) {
  std::vector<Document> docs;
  auto files = expand_inputs(inputs);
  if (!files.ok()) {
    if (error) *error = files.status();
    return docs;
  }
  auto stream = DocumentStream::open(std::move(files).value());
  Document d;
  for (;;) {
    auto more = stream->next(&d);
    if (!more.ok()) {
      if (error) *error = more.status();
      return docs;
    }
    if (!*more) break;
    docs.push_back(d);
  }
  return docs;
}

}  // namespace

TEST_CASE("a text file is one document named after the file", "[input]") {
  auto dir = scratch_dir("input-text");
  write_file(dir / "story.txt", "Regulators fined Orvane Labs.\n");
  auto docs = read_all({(dir / "story.txt").string()});
  REQUIRE(docs.size() == 1);
  CHECK(docs[0].id == "story.txt");
  CHECK(docs[0].text == "Regulators fined Orvane Labs.\n");
}

TEST_CASE("a byte-order mark is removed and CRLF and NBSP are kept as text", "[input]") {
  auto dir = scratch_dir("input-bom");
  write_file(dir / "a.txt", "\xEF\xBB\xBFLine one.\r\nLine\xC2\xA0two.\r\n");
  auto docs = read_all({(dir / "a.txt").string()});
  REQUIRE(docs.size() == 1);
  CHECK(docs[0].text == "Line one.\r\nLine\xC2\xA0two.\r\n");
}

TEST_CASE("a directory is read recursively in sorted order, .txt and .jsonl only", "[input]") {
  auto dir = scratch_dir("input-dir");
  write_file(dir / "b.txt", "Second.");
  write_file(dir / "a.txt", "First.");
  write_file(dir / "sub" / "c.jsonl", "{\"id\":\"c1\",\"text\":\"Third.\"}\n");
  write_file(dir / "notes.md", "ignored");
  auto docs = read_all({dir.string()});
  REQUIRE(docs.size() == 3);
  CHECK(docs[0].id == "a.txt");
  CHECK(docs[1].id == "b.txt");
  CHECK(docs[2].id == "c1");
}

TEST_CASE("a .jsonl corpus gives one document a line with its metadata", "[input]") {
  auto dir = scratch_dir("input-jsonl");
  write_file(dir / "c.jsonl",
             "{\"id\":\"x\",\"text\":\"One.\",\"title\":\"T\",\"date\":\"2026-01-02\","
             "\"url\":\"u\",\"source\":\"s\"}\r\n\n{\"text\":\"Two.\"}\n");
  auto docs = read_all({(dir / "c.jsonl").string()});
  REQUIRE(docs.size() == 2);
  CHECK(docs[0].id == "x");
  CHECK(docs[0].title == "T");
  CHECK(docs[0].date == "2026-01-02");
  CHECK(docs[0].url == "u");
  CHECK(docs[0].source == "s");
  CHECK(docs[1].id == "c.jsonl:3");
  CHECK(docs[1].text == "Two.");
}

TEST_CASE("bad inputs fail with the file and the position", "[input]") {
  auto dir = scratch_dir("input-bad");
  Status s;
  SECTION("missing path") {
    read_all({(dir / "nope.txt").string()}, &s);
    CHECK(s.code() == StatusCode::kNotFound);
    CHECK_THAT(s.message(), Catch::Contains("nope.txt") && Catch::Contains("no such file"));
  }
  SECTION("directory without inputs") {
    std::filesystem::create_directories(dir / "empty");
    write_file(dir / "empty" / "readme.md", "x");
    read_all({(dir / "empty").string()}, &s);
    CHECK_THAT(s.message(), Catch::Contains("has no .txt or .jsonl files"));
  }
  SECTION("binary file") {
    write_file(dir / "b.txt", std::string("ab\0cd", 5));
    read_all({(dir / "b.txt").string()}, &s);
    CHECK_THAT(s.message(), Catch::Contains("b.txt") && Catch::Contains("binary file"));
  }
  SECTION("invalid UTF-8 names the byte offset") {
    write_file(dir / "u.txt", "caf\xC3(");
    read_all({(dir / "u.txt").string()}, &s);
    CHECK_THAT(s.message(), Catch::Contains("u.txt") && Catch::Contains("byte offset 3"));
  }
  SECTION("overlong and surrogate encodings are invalid") {
    write_file(dir / "o.txt", "ab\xC0\xAF");
    read_all({(dir / "o.txt").string()}, &s);
    CHECK_THAT(s.message(), Catch::Contains("byte offset 2"));
    write_file(dir / "s.txt", "\xED\xA0\x80");
    read_all({(dir / "s.txt").string()}, &s);
    CHECK_THAT(s.message(), Catch::Contains("invalid UTF-8 at byte offset 0"));
  }
  SECTION(".jsonl line that is not JSON") {
    write_file(dir / "c.jsonl", "{\"text\":\"ok\"}\n{not json}\n");
    read_all({(dir / "c.jsonl").string()}, &s);
    CHECK_THAT(s.message(), Catch::Contains("c.jsonl:2: not valid JSON"));
  }
  SECTION(".jsonl line without text") {
    write_file(dir / "c.jsonl", "\n\n{\"id\":\"a\"}\n");
    read_all({(dir / "c.jsonl").string()}, &s);
    CHECK_THAT(s.message(), Catch::Contains("c.jsonl:3: no \"text\" field"));
  }
  SECTION(".jsonl text that is not a string") {
    write_file(dir / "c.jsonl", "{\"text\":42}\n");
    read_all({(dir / "c.jsonl").string()}, &s);
    CHECK_THAT(s.message(), Catch::Contains("c.jsonl:1: \"text\" is not a string"));
  }
  SECTION(".jsonl text with invalid UTF-8 escapes") {
    write_file(dir / "c.jsonl", "{\"text\":\"a\xFF\"}\n");
    read_all({(dir / "c.jsonl").string()}, &s);
    CHECK_THAT(s.message(), Catch::Contains("c.jsonl:1"));
  }
  CHECK_FALSE(s.ok());
}

TEST_CASE("a corpus reader goes on after a bad line", "[input]") {
  auto dir = scratch_dir("input-keep-going");
  write_file(dir / "c.jsonl", "{\"text\":\"One.\"}\nbroken\n{\"text\":\"Three.\"}\n");
  auto files = expand_inputs({(dir / "c.jsonl").string()});
  REQUIRE(files.ok());
  auto stream = DocumentStream::open(std::move(files).value());
  Document d;
  CHECK(*stream->next(&d));
  CHECK_FALSE(stream->next(&d).ok());
  auto third = stream->next(&d);
  REQUIRE(third.ok());
  CHECK(*third);
  CHECK(d.text == "Three.");
  CHECK_FALSE(*stream->next(&d));
}

TEST_CASE("check_text accepts multi-byte text of every length", "[input]") {
  std::string t = "Zürich – “quoted” 東京 😀";
  for (std::size_t n = 0; n < 20; ++n) {
    std::string copy = std::string(n, 'a') + t;
    CHECK(check_text(&copy, "x").ok());
  }
}
