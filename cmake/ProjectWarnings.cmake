# Strict warnings, as errors, for the project's own targets only (never global flags).
function(actorgraph_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wconversion
                         -Wno-sign-conversion -Wnon-virtual-dtor -Wold-style-cast
                         -Wcast-align -Woverloaded-virtual -Werror)
endfunction()

# ASan + UBSan on the project's targets when ACTORGRAPH_SANITIZE is on.
function(actorgraph_sanitize target)
  if(ACTORGRAPH_SANITIZE)
    # GCC 12 under -fsanitize warns maybe-uninitialized inside libstdc++'s <regex> (which
    # Catch2 uses): a known false positive, so that warning is not an error there.
    target_compile_options(${target} PRIVATE -fsanitize=address,undefined
                           -fno-omit-frame-pointer -fno-sanitize-recover=all
                           -Wno-maybe-uninitialized)
    target_link_options(${target} PRIVATE -fsanitize=address,undefined)
  endif()
endfunction()
