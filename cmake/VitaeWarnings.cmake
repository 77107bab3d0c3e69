# One place for the compiler flags every Vitae target builds with.
add_library(vitae_warnings INTERFACE)
target_compile_options(vitae_warnings INTERFACE
  -Wall -Wextra -Werror -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast
  -Wcast-align -Woverloaded-virtual -Wimplicit-fallthrough)
target_compile_definitions(vitae_warnings INTERFACE
  QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
  QT_NO_KEYWORDS QT_USE_QSTRINGBUILDER)

# Marks a target as ours: warnings as errors and the shared definitions.
function(vitae_target target)
  target_link_libraries(${target} PRIVATE vitae_warnings)
endfunction()
