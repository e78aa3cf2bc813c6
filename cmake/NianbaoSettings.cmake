# One INTERFACE target carries the compile settings every Nianbao target shares.
add_library(nianbao_settings INTERFACE)
add_library(Nianbao::settings ALIAS nianbao_settings)

target_compile_features(nianbao_settings INTERFACE cxx_std_23)
set(CMAKE_CXX_EXTENSIONS OFF)

target_compile_definitions(nianbao_settings INTERFACE
    # Reports are Chinese: every byte<->string conversion must name its encoding.
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_CONTEXTLESS_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_NO_FOREACH
    QT_STRICT_ITERATORS
    QT_DISABLE_DEPRECATED_UP_TO=0x060400)

target_compile_options(nianbao_settings INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast
    -Wcast-align -Woverloaded-virtual -Wimplicit-fallthrough
    $<$<BOOL:${NIANBAO_WERROR}>:-Werror>)

option(NIANBAO_WERROR "Treat compiler warnings as errors" OFF)

# Sanitizers for the whole build (the "asan" preset: address,undefined). Every target links
# nianbao_settings, so every object and program is instrumented alike.
set(NIANBAO_SANITIZE "" CACHE STRING "Sanitizers to build with, e.g. address,undefined")
if(NIANBAO_SANITIZE)
    target_compile_options(nianbao_settings INTERFACE
        -fsanitize=${NIANBAO_SANITIZE} -fno-omit-frame-pointer -fno-sanitize-recover=all)
    target_link_options(nianbao_settings INTERFACE -fsanitize=${NIANBAO_SANITIZE})
endif()
