// A fast 64-bit hash for the short string keys of the lexicon and word tables (most keys are
// words of 2 to 12 bytes). std::hash<std::string_view> runs a general-purpose byte loop in a
// library call; this one reads the key in at most two overlapping 8-byte loads and mixes them
// with two multiplications, inline. Private to the library: it is not stable across versions
// and must never decide the order of any output.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace actorgraph::fast_hash {

namespace detail {

inline uint64_t load64(const char* p) {
  uint64_t v;
  std::memcpy(&v, p, sizeof v);
  return v;
}

inline uint64_t load32(const char* p) {
  uint32_t v;
  std::memcpy(&v, p, sizeof v);
  return v;
}

// The finalizer of MurmurHash3 / SplitMix64: every input bit reaches every output bit.
inline uint64_t mix(uint64_t x) {
  x ^= x >> 33;
  x *= 0xff51afd7ed558ccdULL;
  x ^= x >> 33;
  x *= 0xc4ceb9fe1a85ec53ULL;
  x ^= x >> 33;
  return x;
}

}  // namespace detail

/// Returns the hash of the N bytes at P.
inline std::size_t hash_bytes(const char* p, std::size_t n) {
  using detail::load32;
  using detail::load64;
  constexpr uint64_t kMul = 0x9E3779B97F4A7C15ULL;
  uint64_t h = n * kMul;
  while (n > 16) {
    h = (h ^ load64(p)) * kMul;
    h = (h ^ load64(p + 8)) * kMul;
    h ^= h >> 29;
    p += 16;
    n -= 16;
  }
  uint64_t a, b;
  if (n >= 8) {
    a = load64(p);
    b = load64(p + n - 8);
  } else if (n >= 4) {
    a = load32(p);
    b = load32(p + n - 4);
  } else if (n > 0) {
    a = (static_cast<uint64_t>(static_cast<unsigned char>(p[0])) << 16) |
        (static_cast<uint64_t>(static_cast<unsigned char>(p[n >> 1])) << 8) |
        static_cast<uint64_t>(static_cast<unsigned char>(p[n - 1]));
    b = 0;
  } else {
    a = b = 0;
  }
  h = (h ^ a) * kMul;
  h ^= b;
  return static_cast<std::size_t>(detail::mix(h));
}

/// Hashes std::string and std::string_view keys alike (a drop-in Hash for unordered
/// containers keyed by either).
struct StringHash {
  std::size_t operator()(std::string_view s) const { return hash_bytes(s.data(), s.size()); }
  std::size_t operator()(const std::string& s) const { return hash_bytes(s.data(), s.size()); }
};

/// An open-addressing hash map from strings to small values, for caches that are filled once
/// per key and then looked up over and over: keys live in one arena, slots in one array (no
/// node allocation, no division, one probe sequence in contiguous memory).
template <typename V>
class FlatStringMap {
 public:
  /// Returns the value of KEY (whose hash_bytes is H), or null.
  V* find(std::string_view key, std::size_t h) {
    if (slots_.empty()) return nullptr;
    const uint64_t tag = static_cast<uint64_t>(h) | 1u;
    for (std::size_t i = static_cast<std::size_t>(tag) & mask_;; i = (i + 1) & mask_) {
      Slot& s = slots_[i];
      if (s.tag == 0) return nullptr;
      if (s.tag == tag && s.len == key.size() &&
          std::memcmp(arena_.data() + s.off, key.data(), key.size()) == 0) {
        return &s.value;
      }
    }
  }
  /// Returns the value of KEY, or null.
  V* find(std::string_view key) { return find(key, hash_bytes(key.data(), key.size())); }
  /// Returns the value of KEY, or null.
  const V* find(std::string_view key) const { return const_cast<FlatStringMap*>(this)->find(key); }
  /// Returns the value of KEY, added with a default value when absent.
  V& at(std::string_view key) {
    const std::size_t h = hash_bytes(key.data(), key.size());
    if (V* v = find(key, h)) return *v;
    return *insert(key, h, V{});
  }
  /// Adds KEY (absent; hash H) with VALUE and returns where the value is stored.
  V* insert(std::string_view key, std::size_t h, const V& value) {
    if ((size_ + 1) * 4 > slots_.size() * 3) grow();
    const uint64_t tag = static_cast<uint64_t>(h) | 1u;
    std::size_t i = static_cast<std::size_t>(tag) & mask_;
    while (slots_[i].tag != 0)
      i = (i + 1) & mask_;
    Slot& s = slots_[i];
    s.tag = tag;
    s.off = arena_.size();
    s.len = key.size();
    s.value = value;
    arena_.append(key);
    ++size_;
    return &s.value;
  }
  /// Returns the number of keys.
  std::size_t size() const { return size_; }
  /// Removes every key; keeps the slots (so a map reused document after document stops
  /// allocating) unless a big document left far more than the keys it held.
  void clear() {
    if (slots_.size() > 4096 && slots_.size() > size_ * 16) {
      std::vector<Slot>().swap(slots_);
      mask_ = 0;
    } else if (size_ > 0) {
      std::fill(slots_.begin(), slots_.end(), Slot{});
    }
    arena_.clear();
    size_ = 0;
  }

 private:
  struct Slot {
    uint64_t tag = 0;  // the key's hash with its low bit set; 0: empty
    std::size_t off = 0;
    std::size_t len = 0;
    V value{};
  };
  void grow() {
    std::vector<Slot> old;
    old.swap(slots_);
    slots_.resize(old.empty() ? 256 : old.size() * 2);
    mask_ = slots_.size() - 1;
    for (const Slot& s : old) {
      if (s.tag == 0) continue;
      std::size_t i = static_cast<std::size_t>(s.tag) & mask_;
      while (slots_[i].tag != 0)
        i = (i + 1) & mask_;
      slots_[i] = s;
    }
  }

  std::vector<Slot> slots_;
  std::string arena_;
  std::size_t size_ = 0;
  std::size_t mask_ = 0;
};

}  // namespace actorgraph::fast_hash

#if defined(__GLIBCXX__)
namespace std {
// libstdc++ stores a node's hash code only for hashes it deems slow; keep storing it, so that
// walking a bucket compares stored codes instead of hashing every key it passes again.
template <>
struct __is_fast_hash<actorgraph::fast_hash::StringHash> : false_type {};
}  // namespace std
#endif
