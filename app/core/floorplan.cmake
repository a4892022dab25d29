# The core's floor plan, kept true: every folder of app/core sits on a floor and may include
# only folders on lower floors (and itself). An include that points sideways or upward fails the
# configure step (and the ctest `floorplan`, which runs this file with cmake -P), naming the
# file, the line and the folders' floors. A new folder must be given a floor here.
#
# Used two ways:
#   include(floorplan.cmake) then kansa_check_floor_plan(<app/core>)   (configure time)
#   cmake -DKANSA_CORE_DIR=<app/core> -P floorplan.cmake                (the test)

cmake_policy(SET CMP0057 NEW) # if(IN_LIST) in script mode

set(KANSA_FLOORS
    # 0: no other part of Kansa
    "0:text calendar platform io pdf"
    # 1: the libsodium adapter; the database (connections, transactions, the migration machinery)
    "1:crypto storage"
    # 2: the full-text index, which the repositories above keep up to date
    "2:search"
    # 3: clause sets as values; evidence files and their keys
    "3:clauses evidence"
    # 4: clause documents and checklists read in; audits, check items, findings
    "4:clauseimport audits"
    # 5: the tamper-evident history (it describes audits' changes)
    "5:history"
    # 6: Kansa's schema and its ladder; one open audit with its undo stack; signatures; the
    # office's document settings
    "6:schema inspection signoff settings"
    # 7: the letter and its follow-up; packages in and out
    "7:advisory package"
    # 8: disposal; what a search hit matched (in audits, letters and their follow-up)
    "8:disposal searchresults"
    # 9: what a store finishes when it opens; the demo audit, made of everything below
    "9:startup demo"
)

# Each third-party library is used through one adapter (as Okular keeps one file per backend):
# its header may be included only by the files named here (paths under app/).
set(KANSA_ADAPTERS
    "sodium.h:core/crypto/sodium.h"
    "openssl/:core/crypto/sha256.cpp core/crypto/chacha20poly1305.cpp"
    "poppler-qt6.h:core/pdf/pdfdocument.cpp"
    "zip.h:core/clauseimport/zippackage.cpp"
    "xlsxwriter.h:documents/workbookfile.cpp"
    "qrencode.h:ui/qrcodeimage.cpp"
    "QXmlStreamReader:core/clauseimport/safexml.h"
    # The operating system itself: only platform/ asks it (the rest of Kansa is portable Qt).
    "unistd.h:core/platform/filelock.cpp core/platform/useraccount.cpp"
    "fcntl.h:core/platform/filelock.cpp core/platform/consolestreams.cpp"
    "io.h:core/platform/consolestreams.cpp"
    "sys/:core/platform/filelock.cpp"
    "pwd.h:core/platform/useraccount.cpp"
    "windows.h:core/platform/useraccount.cpp core/platform/narrowpath.cpp core/platform/owneronly.cpp core/platform/legacycodecs.cpp core/platform/consolestreams.cpp"
    "aclapi.h:core/platform/owneronly.cpp"
)

function(kansa_check_adapters app_dir)
    file(GLOB_RECURSE sources RELATIVE "${app_dir}" "${app_dir}/*.cpp" "${app_dir}/*.h")
    set(problems "")
    foreach(source IN LISTS sources)
        file(STRINGS "${app_dir}/${source}" includes REGEX "^[ \t]*#[ \t]*include[ \t]+<")
        foreach(line IN LISTS includes)
            foreach(entry IN LISTS KANSA_ADAPTERS)
                string(FIND "${entry}" ":" colon)
                string(SUBSTRING "${entry}" 0 ${colon} header)
                math(EXPR start "${colon} + 1")
                string(SUBSTRING "${entry}" ${start} -1 allowed)
                string(REPLACE " " ";" allowed "${allowed}")
                string(FIND "${line}" "<${header}" at)
                if(NOT at EQUAL -1 AND NOT source IN_LIST allowed)
                    string(APPEND problems "\n  app/${source}: ${line} (only ${allowed} may use it)")
                endif()
            endforeach()
        endforeach()
    endforeach()
    if(problems)
        message(FATAL_ERROR "A third-party library is used outside its adapter:${problems}")
    endif()
endfunction()

function(kansa_floor_of folder out)
    set(floor "")
    foreach(entry IN LISTS KANSA_FLOORS)
        string(REPLACE ":" ";" parts "${entry}")
        list(GET parts 0 level)
        list(GET parts 1 names)
        string(REPLACE " " ";" names "${names}")
        if(folder IN_LIST names)
            set(floor ${level})
        endif()
    endforeach()
    set(${out} "${floor}" PARENT_SCOPE)
endfunction()

function(kansa_check_floor_plan core_dir)
    file(GLOB folders LIST_DIRECTORIES true RELATIVE "${core_dir}" "${core_dir}/*")
    set(problems "")
    foreach(folder IN LISTS folders)
        if(NOT IS_DIRECTORY "${core_dir}/${folder}")
            continue()
        endif()
        kansa_floor_of(${folder} floor)
        if(floor STREQUAL "")
            string(APPEND problems "\n  app/core/${folder}/ has no floor in app/core/floorplan.cmake")
            continue()
        endif()
        file(GLOB sources "${core_dir}/${folder}/*.cpp" "${core_dir}/${folder}/*.h")
        foreach(source IN LISTS sources)
            file(STRINGS "${source}" includes REGEX "^[ \t]*#[ \t]*include[ \t]+\"[a-z0-9_]+/")
            foreach(line IN LISTS includes)
                string(REGEX REPLACE "^[ \t]*#[ \t]*include[ \t]+\"([a-z0-9_]+)/.*$" "\\1" target "${line}")
                if(target STREQUAL folder)
                    continue()
                endif()
                kansa_floor_of(${target} target_floor)
                get_filename_component(name "${source}" NAME)
                if(target_floor STREQUAL "")
                    string(APPEND problems "\n  app/core/${folder}/${name}: ${line} (no such floor)")
                elseif(NOT target_floor LESS floor)
                    string(APPEND problems
                        "\n  app/core/${folder}/${name} (floor ${floor}): ${line} (floor ${target_floor}) points sideways or up")
                endif()
            endforeach()
        endforeach()
    endforeach()
    if(problems)
        message(FATAL_ERROR "The core's floor plan is broken:${problems}")
    endif()
endfunction()

if(CMAKE_SCRIPT_MODE_FILE AND KANSA_CORE_DIR)
    kansa_check_floor_plan("${KANSA_CORE_DIR}")
    get_filename_component(app_dir "${KANSA_CORE_DIR}" DIRECTORY)
    kansa_check_adapters("${app_dir}")
    message(STATUS "floor plan: every include in app/core points down; each library has one adapter")
endif()
