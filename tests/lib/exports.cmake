# cmake -DLIB=libcasecheck.so -P exports.cmake
# Lists what the shared library exports (nm -D --defined-only) and fails on
# any symbol not named cc_..., or when the API the command line needs is
# missing (a visibility mistake would hide everything).
execute_process(COMMAND nm -D --defined-only --format=posix ${LIB}
                OUTPUT_VARIABLE out RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "nm failed on ${LIB}")
endif()
# A coverage build (--coverage) links gcc's libgcov into the library, with
# its own exported names: those are the instrumentation's, not casecheck's.
set(gcov_runtime "^$")
if(out MATCHES "(^|\n)__gcov_")
  set(gcov_runtime "^(__gcov_.*|mangle_path)$")
endif()
string(REPLACE "\n" ";" lines "${out}")
set(bad)
set(n 0)
foreach(line ${lines})
  string(REGEX REPLACE " .*" "" sym "${line}")
  if(sym STREQUAL "")
    continue()
  endif()
  # The linker's own markers of a shared object are not ours.
  if(sym MATCHES "^(_init|_fini|_edata|_end|__bss_start)$" OR sym MATCHES "${gcov_runtime}")
    continue()
  endif()
  math(EXPR n "${n} + 1")
  if(NOT sym MATCHES "^cc_[a-z0-9_]+$")
    list(APPEND bad ${sym})
  endif()
endforeach()
if(bad)
  list(LENGTH bad nbad)
  string(REPLACE ";" "\n  " bad "${bad}")
  message(FATAL_ERROR "${nbad} exported symbol(s) without the cc_ prefix:\n  ${bad}")
endif()
foreach(need cc_version cc_source_open cc_audit_run cc_report_new cc_rules_count cc_schema_validate_file cc_judge_change)
  if(NOT out MATCHES "(^|\n)${need} ")
    message(FATAL_ERROR "${need} is not exported")
  endif()
endforeach()
message(STATUS "${n} exported symbols, every one cc_")
