# Script mode: writes OUT, {"words": "<space-separated lower-case words>"}, from the common
# English word lists of Debian's scowl package (DIR, normally /usr/share/dict/scowl): sizes
# 10 to 40 of the English, American and British lists, lower-case ASCII words without
# apostrophes. The list is generated, not kept in the repository, because it is another
# project's data.
set(words "")
foreach(variant english american british)
  foreach(size 10 20 35 40)
    set(f "${DIR}/${variant}-words.${size}")
    if(NOT EXISTS "${f}")
      message(FATAL_ERROR "${f} is missing: install Debian's scowl package (scripts/setup.sh)")
    endif()
    file(STRINGS "${f}" lines REGEX "^[a-z][a-z0-9.-]*$")
    list(APPEND words ${lines})
  endforeach()
endforeach()
list(REMOVE_DUPLICATES words)
list(SORT words)
list(JOIN words " " joined)
file(WRITE "${OUT}.tmp" "{\"words\": \"${joined}\"}\n")
file(RENAME "${OUT}.tmp" "${OUT}")
