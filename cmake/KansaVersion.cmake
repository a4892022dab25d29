# Which commit a build is: "0.1.0 (git 1a2b3c4d5e)" ("…, changed" when the work tree differs from
# it), or the bare version outside a git checkout.
# Included: kansa_version_of(SOURCE_DIR VERSION OUT_FULL OUT_DEBIAN) gives that text and a Debian
# package version that grows with every commit (0.1.0+git123.1a2b3c4d5e).
# As a script (cmake -DSOURCE_DIR=… -DVERSION=… -DOUT=… -P KansaVersion.cmake), run on every
# build: writes OUT, a header defining KANSA_VERSION_FULL, only when the text changed, so a new
# commit recompiles the two main.cpp files and nothing else.
function(kansa_version_of source_dir version out_full out_debian)
    set(full "${version}")
    set(debian "${version}")
    find_program(KANSA_GIT git)
    if(KANSA_GIT AND EXISTS "${source_dir}/.git")
        execute_process(COMMAND ${KANSA_GIT} -C ${source_dir} rev-parse --short=10 HEAD
            OUTPUT_VARIABLE commit OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET RESULT_VARIABLE rc)
        if(rc EQUAL 0 AND commit)
            execute_process(COMMAND ${KANSA_GIT} -C ${source_dir} rev-list --count HEAD
                OUTPUT_VARIABLE count OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET)
            execute_process(COMMAND ${KANSA_GIT} -C ${source_dir} status --porcelain --untracked-files=no
                OUTPUT_VARIABLE changes OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET)
            if(changes)
                set(full "${version} (git ${commit}, changed)")
            else()
                set(full "${version} (git ${commit})")
            endif()
            set(debian "${version}+git${count}.${commit}")
        endif()
    endif()
    set(${out_full} "${full}" PARENT_SCOPE)
    set(${out_debian} "${debian}" PARENT_SCOPE)
endfunction()

if(CMAKE_SCRIPT_MODE_FILE AND OUT)
    kansa_version_of("${SOURCE_DIR}" "${VERSION}" full debian)
    file(CONFIGURE OUTPUT "${OUT}" CONTENT "#pragma once\n#define KANSA_VERSION_FULL \"@full@\"\n" @ONLY)
endif()
