# libcasecheck: every module's objects as one shared library (libcasecheck.so,
# exporting only what the public headers declare with CC_EXTERN) and one
# static archive (libcasecheck.a), installed with the public headers,
# casecheck.pc and a CMake package config (docs/api.md).
get_property(modules GLOBAL PROPERTY CASECHECK_MODULES)
set(objects)
foreach(m ${modules})
  list(APPEND objects $<TARGET_OBJECTS:${m}>)
endforeach()
# What the modules link: the private dependencies of the static archive.
set(CASECHECK_LIB_DEPS PkgConfig::GIT2 PkgConfig::CJSON PkgConfig::MAGIC PkgConfig::PCRE2 PkgConfig::ZLIB
    PkgConfig::ICUUC PkgConfig::CRYPTO Threads::Threads m)
set(CASECHECK_PC_REQUIRES_PRIVATE "libgit2 libcjson libmagic libpcre2-8 zlib icu-uc libcrypto")
set(CASECHECK_PC_LIBS_PRIVATE "-lpthread -lm")

# The public headers: every file of include/casecheck/ (casecheck.h
# includes them all) and the generated version.h, installed under
# include/casecheck/. Headers shared between modules but not API live
# beside their module (checker/<module>/).
file(GLOB public_headers CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/include/casecheck/*.h)
list(APPEND public_headers ${CMAKE_BINARY_DIR}/include/casecheck/version.h)

foreach(kind shared static)
  string(TOUPPER ${kind} KIND)
  add_library(casecheck_${kind} ${KIND} ${objects})
  set_target_properties(casecheck_${kind} PROPERTIES OUTPUT_NAME casecheck EXPORT_NAME casecheck_${kind}
                        LINKER_LANGUAGE C)
  target_include_directories(casecheck_${kind} INTERFACE
    $<BUILD_INTERFACE:${CMAKE_SOURCE_DIR}/include> $<BUILD_INTERFACE:${CMAKE_BINARY_DIR}/include>
    $<INSTALL_INTERFACE:${CMAKE_INSTALL_INCLUDEDIR}>)
  target_link_libraries(casecheck_${kind} PRIVATE ${CASECHECK_LIB_DEPS})
endforeach()
# 0.x: a minor release may break the ABI, so the soname carries major.minor.
set_target_properties(casecheck_shared PROPERTIES EXPORT_NAME casecheck VERSION ${PROJECT_VERSION}
                      SOVERSION ${PROJECT_VERSION_MAJOR}.${PROJECT_VERSION_MINOR})

install(TARGETS casecheck_shared casecheck_static EXPORT casecheckTargets
        LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR} ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR})
install(FILES ${public_headers} DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}/casecheck)

# pkg-config: relocatable (prefix found from the .pc file's own folder), so
# `cmake --install build --prefix DIR` gives a usable DIR/lib/pkgconfig.
file(RELATIVE_PATH pc_to_prefix /p/${CMAKE_INSTALL_LIBDIR}/pkgconfig /p)
configure_file(${CMAKE_SOURCE_DIR}/cmake/lib/casecheck.pc.in ${CMAKE_BINARY_DIR}/casecheck.pc @ONLY)
install(FILES ${CMAKE_BINARY_DIR}/casecheck.pc DESTINATION ${CMAKE_INSTALL_LIBDIR}/pkgconfig)

# CMake: find_package(casecheck) gives casecheck::casecheck (shared) and
# casecheck::casecheck_static.
include(CMakePackageConfigHelpers)
set(cmake_dir ${CMAKE_INSTALL_LIBDIR}/cmake/casecheck)
install(EXPORT casecheckTargets NAMESPACE casecheck:: DESTINATION ${cmake_dir})
configure_package_config_file(${CMAKE_SOURCE_DIR}/cmake/lib/casecheckConfig.cmake.in
  ${CMAKE_BINARY_DIR}/casecheckConfig.cmake INSTALL_DESTINATION ${cmake_dir})
# Any 0.x minor release may break the ABI: only the same minor is compatible.
write_basic_package_version_file(${CMAKE_BINARY_DIR}/casecheckConfigVersion.cmake
  COMPATIBILITY SameMinorVersion)
install(FILES ${CMAKE_BINARY_DIR}/casecheckConfig.cmake ${CMAKE_BINARY_DIR}/casecheckConfigVersion.cmake
        DESTINATION ${cmake_dir})

# The shared library exports only cc_ names, and the API the CLI needs.
add_test(NAME test_exports COMMAND ${CMAKE_COMMAND} -DLIB=$<TARGET_FILE:casecheck_shared>
         -P ${CMAKE_SOURCE_DIR}/tests/lib/exports.cmake)

# The example client (examples/): built here against the library in the
# tree, and by test_example_client against the installed one.
file(GLOB example_srcs CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/examples/*.c)
foreach(example ${example_srcs})
  get_filename_component(name ${example} NAME_WE)
  add_executable(example_${name} ${example})
  target_link_libraries(example_${name} PRIVATE casecheck_shared)
endforeach()
# The example is compiled as the library was (coverage, sanitizers).
separate_arguments(example_flags UNIX_COMMAND "${CMAKE_C_FLAGS}")
if(CASECHECK_SANITIZE)
  list(APPEND example_flags -fsanitize=address,undefined -fno-omit-frame-pointer)
endif()
add_test(NAME test_example_client
         COMMAND bash ${CMAKE_SOURCE_DIR}/tests/lib/example_client.sh ${CMAKE_SOURCE_DIR} ${CMAKE_BINARY_DIR}
                 ${CMAKE_INSTALL_LIBDIR} ${CMAKE_C_COMPILER} ${example_flags})
