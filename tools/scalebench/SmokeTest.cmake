# Runs bookwarden-scalebench on a small catalogue and checks that it succeeds and prints every section,
# so that the tool cannot rot between the runs that measure. The figures themselves are not checked.
# --keep, so that --insert-only can be tried on what it kept (below).
string(RANDOM LENGTH 8 suffix)
set(kept "${CMAKE_CURRENT_BINARY_DIR}/scalebench-smoke-${suffix}")
execute_process(
    COMMAND ${SCALEBENCH} --quick --scale 2000 --accounts 300 --keep ${kept}
    RESULT_VARIABLE status
    OUTPUT_VARIABLE output
    ERROR_VARIABLE errors)
message("${output}")
if(NOT status EQUAL 0)
    file(REMOVE_RECURSE "${kept}")
    message(FATAL_ERROR "bookwarden-scalebench failed (${status}): ${errors}")
endif()
foreach(section "## Fill" "## Pages" "## Search" "## Accounts" "## Durable creates" "## Size"
        "## Desktop app" "| first page, sort title " "| deep cursor page" "| frequent word, admin"
        "| 1–2 letters, owner" "| **whole file**")
    string(FIND "${output}" "${section}" found)
    if(found EQUAL -1)
        file(REMOVE_RECURSE "${kept}")
        message(FATAL_ERROR "bookwarden-scalebench printed no \"${section}\"")
    endif()
endforeach()
# Durable creates alone on the kept large database (its big owner found again), against a new empty one.
execute_process(
    COMMAND ${SCALEBENCH} --insert-only ${kept} --insert-rounds 1 --insert-seconds 0.3
    RESULT_VARIABLE insertStatus
    OUTPUT_VARIABLE insertOutput
    ERROR_VARIABLE insertErrors)
file(REMOVE_RECURSE "${kept}")
message("${insertOutput}")
if(NOT insertStatus EQUAL 0)
    message(FATAL_ERROR "bookwarden-scalebench --insert-only failed (${insertStatus}): ${insertErrors}")
endif()
# The kept database holds its 2,000 books plus those the first run's creates added: "| 3.1k | 3,112 |".
string(REGEX MATCH "\n\\| empty +\\| +0 +\\|[^\n]*\n\\| [0-9.]+k +\\| +[0-9,]+ +\\|" creates
       "${insertOutput}")
if(NOT creates)
    message(FATAL_ERROR "bookwarden-scalebench --insert-only printed no rows for the empty and the kept database")
endif()
# With the GUI built, the desktop app must have painted (its first-paint report, app/FirstPaintReporter)
# and its memory been read: a row of four figures for the 2,000-book database.
if(EXPECT_GUI)
    string(REGEX MATCH "\n\\| 2k +\\| +[0-9]+ +\\| +[0-9]+ +\\| +[0-9]+ +\\| +[0-9]+ +\\|" painted "${output}")
    if(NOT painted)
        message(FATAL_ERROR "the desktop app did not report its first paint and memory")
    endif()
endif()
