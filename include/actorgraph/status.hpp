// Expected failures as values: Status carries a code and a message, Result<T> a value or a
// Status. Nothing in the library throws for bad input; the CLI turns a Status into one line on
// standard error and an exit code.
#pragma once

#include <optional>
#include <string>
#include <utility>

namespace actorgraph {

/// Classifies why an operation failed; the CLI maps each code to an exit status.
enum class StatusCode {
  kOk = 0,
  kInvalidArgument,  // a usage error: unknown format, bad option value
  kNotFound,         // a missing file, an unknown actor
  kDataError,        // input that cannot be read: bad UTF-8, broken JSON, binary file
  kIoError,          // the system refused: unreadable file, cannot write output
  kUnimplemented,    // a feature that does not exist yet
  kInternal,         // a bug: an invariant did not hold
};

/// Holds the outcome of an operation: ok, or a code with a one-line message.
class Status {
 public:
  /// Creates an ok status.
  Status() = default;
  /// Creates a status with the given code and message (message names file and position).
  Status(StatusCode code, std::string message) : code_(code), message_(std::move(message)) {}

  /// Returns true when the operation succeeded.
  bool ok() const { return code_ == StatusCode::kOk; }
  /// Returns the failure class.
  StatusCode code() const { return code_; }
  /// Returns the one-line explanation ("file.jsonl:3: line is not JSON").
  const std::string& message() const { return message_; }

 private:
  StatusCode code_ = StatusCode::kOk;
  std::string message_;
};

/// Makes a status for a usage error.
inline Status InvalidArgument(std::string m) {
  return {StatusCode::kInvalidArgument, std::move(m)};
}
/// Makes a status for something missing.
inline Status NotFound(std::string m) {
  return {StatusCode::kNotFound, std::move(m)};
}
/// Makes a status for unreadable input data.
inline Status DataError(std::string m) {
  return {StatusCode::kDataError, std::move(m)};
}
/// Makes a status for a failed system call.
inline Status IoError(std::string m) {
  return {StatusCode::kIoError, std::move(m)};
}
/// Makes a status for a feature that is not there yet.
inline Status Unimplemented(std::string m) {
  return {StatusCode::kUnimplemented, std::move(m)};
}
/// Makes a status for a broken invariant.
inline Status Internal(std::string m) {
  return {StatusCode::kInternal, std::move(m)};
}

/// Holds either a value of type T or the Status that explains why there is none.
template <typename T>
class Result {
 public:
  /// Wraps a value.
  Result(T value) : value_(std::move(value)) {}  // NOLINT(google-explicit-constructor)
  /// Wraps a failure; the status must not be ok.
  Result(Status status) : status_(std::move(status)) {  // NOLINT(google-explicit-constructor)
    if (status_.ok()) status_ = Internal("Result constructed from an ok Status without a value");
  }

  /// Returns true when a value is present.
  bool ok() const { return value_.has_value(); }
  /// Returns the failure (ok when a value is present).
  const Status& status() const { return status_; }
  /// Returns the value; only call when ok().
  T& value() & { return *value_; }
  /// Returns the value; only call when ok().
  const T& value() const& { return *value_; }
  /// Moves the value out; only call when ok().
  T&& value() && { return std::move(*value_); }
  /// Accesses the value; only call when ok().
  T* operator->() { return &*value_; }
  /// Accesses the value; only call when ok().
  const T* operator->() const { return &*value_; }
  /// Accesses the value; only call when ok().
  T& operator*() { return *value_; }
  /// Accesses the value; only call when ok().
  const T& operator*() const { return *value_; }

 private:
  std::optional<T> value_;
  Status status_;
};

}  // namespace actorgraph

/// Returns the status of EXPR from the enclosing function when it is not ok.
#define AG_RETURN_IF_ERROR(expr)              \
  do {                                        \
    ::actorgraph::Status ag_status_ = (expr); \
    if (!ag_status_.ok()) return ag_status_;  \
  } while (0)
