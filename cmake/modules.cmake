# casecheck_add_module_dirs(DIR): add_subdirectory() every DIR/<name>/ that has
# a CMakeLists.txt, in name order.
function(casecheck_add_module_dirs dir)
  file(GLOB children RELATIVE ${CMAKE_SOURCE_DIR}/${dir} CONFIGURE_DEPENDS
       ${CMAKE_SOURCE_DIR}/${dir}/*/CMakeLists.txt)
  list(SORT children)
  # The command line links every module, so it comes last.
  list(REMOVE_ITEM children cli/CMakeLists.txt)
  if(EXISTS ${CMAKE_SOURCE_DIR}/${dir}/cli/CMakeLists.txt)
    list(APPEND children cli/CMakeLists.txt)
  endif()
  foreach(child ${children})
    get_filename_component(sub ${child} DIRECTORY)
    add_subdirectory(${dir}/${sub})
  endforeach()
endfunction()

# casecheck_module(NAME DEPS...): a static library cc_NAME from every .c file
# in the current folder, with include/ public and DEPS linked.
function(casecheck_module name)
  file(GLOB srcs CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/*.c)
  add_library(cc_${name} STATIC ${srcs} ${CASECHECK_MODULE_EXTRA_SOURCES})
  target_include_directories(cc_${name} PUBLIC ${CMAKE_SOURCE_DIR}/include ${CMAKE_BINARY_DIR}/include
                             PRIVATE ${CMAKE_CURRENT_SOURCE_DIR} ${CMAKE_SOURCE_DIR}/checker)
  target_link_libraries(cc_${name} PUBLIC ${ARGN})
  set_property(GLOBAL APPEND PROPERTY CASECHECK_MODULES cc_${name})
endfunction()

# casecheck_check_test(NAME SOURCE DEPS...): a Check unit-test executable
# registered with ctest. The test runs in the build folder and gets
# CASECHECK_SOURCE_DIR and CASECHECK_SHARED_DIR in its environment.
function(casecheck_check_test name src)
  add_executable(${name} ${src})
  target_include_directories(${name} PRIVATE ${CMAKE_SOURCE_DIR}/include ${CMAKE_BINARY_DIR}/include ${CMAKE_SOURCE_DIR}/checker
                             ${CMAKE_SOURCE_DIR}/tests)
  target_link_libraries(${name} PRIVATE ${ARGN} cc_testsupport PkgConfig::CHECK Threads::Threads m)
  add_test(NAME ${name} COMMAND ${name})
  set_tests_properties(${name} PROPERTIES ENVIRONMENT
    "CASECHECK_SOURCE_DIR=${CMAKE_SOURCE_DIR};CASECHECK_SHARED_DIR=${CASECHECK_SHARED_DIR};CK_DEFAULT_TIMEOUT=120;CASECHECK_BINARY=${CMAKE_BINARY_DIR}/checker/cli/casecheck")
endfunction()
