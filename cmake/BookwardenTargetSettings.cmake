# Settings every Bookwarden target gets: call bookwarden_target_settings(<target>) after creating it.
# Kept per target (no directory-wide add_compile_options) so that imported or third-party code is unaffected.

function(bookwarden_target_settings target)
    target_compile_features(${target} PUBLIC cxx_std_20)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wnon-virtual-dtor
        $<$<CXX_COMPILER_ID:GNU>:-Wshadow=local>)
    if(BOOKWARDEN_WERROR)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_FROM_ASCII
        QT_NO_CAST_TO_ASCII
        QT_NO_CAST_FROM_BYTEARRAY
        QT_NO_URL_CAST_FROM_STRING
        QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
        QT_USE_QSTRINGBUILDER
        QT_DISABLE_DEPRECATED_BEFORE=0x060400)
    if(BOOKWARDEN_SANITIZE)
        target_compile_options(${target} PUBLIC -fsanitize=address,undefined -fno-omit-frame-pointer
            -fno-sanitize-recover=undefined)
        target_link_options(${target} PUBLIC -fsanitize=address,undefined)
    endif()
    if(BOOKWARDEN_FUZZ)
        # Everything a fuzz target links is instrumented for libFuzzer's coverage feedback and checked by
        # ASan and UBSan, so that a memory error anywhere in core stops the run; the fuzz targets add
        # -fsanitize=fuzzer themselves (fuzz/CMakeLists.txt) to get libFuzzer's main().
        target_compile_options(${target} PUBLIC -fsanitize=fuzzer-no-link,address,undefined
            -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
        target_link_options(${target} PUBLIC -fsanitize=address,undefined)
    endif()
endfunction()
