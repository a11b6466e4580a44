# actorgraph_embed(OUT FILES...): generates OUT, a C++ file defining
# actorgraph::embedded_file(name) over the given files, keyed by "<dir>/<file name>"
# (e.g. "data/countries.json", "schemas/graph.schema.json"). Regenerated when a file changes.
function(actorgraph_embed out)
  set(files ${ARGN})
  add_custom_command(
    OUTPUT ${out}
    COMMAND ${CMAKE_COMMAND} -DOUT=${out} "-DFILES=${files}"
            -P ${CMAKE_CURRENT_SOURCE_DIR}/cmake/EmbedScript.cmake
    DEPENDS ${files} ${CMAKE_CURRENT_SOURCE_DIR}/cmake/EmbedScript.cmake
    COMMENT "Embedding data files"
    VERBATIM)
endfunction()
