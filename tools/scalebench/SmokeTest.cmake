# Runs bookwarden-scalebench on a small catalogue and checks that it succeeds and prints every section,
# so that the tool cannot rot between the runs that measure. The figures themselves are not checked.
execute_process(
    COMMAND ${SCALEBENCH} --quick --scale 2000 --accounts 300
    RESULT_VARIABLE status
    OUTPUT_VARIABLE output
    ERROR_VARIABLE errors)
message("${output}")
if(NOT status EQUAL 0)
    message(FATAL_ERROR "bookwarden-scalebench failed (${status}): ${errors}")
endif()
foreach(section "## Fill" "## Pages" "## Search" "## Accounts" "## Durable creates" "## Size"
        "## Desktop app" "| first page, sort title " "| deep cursor page" "| frequent word, admin"
        "| 1–2 letters, owner" "| **whole file**")
    string(FIND "${output}" "${section}" found)
    if(found EQUAL -1)
        message(FATAL_ERROR "bookwarden-scalebench printed no \"${section}\"")
    endif()
endforeach()
# With the GUI built, the desktop app must have painted (its first-paint report, app/FirstPaintReporter)
# and its memory been read: a row of four figures for the 2,000-book database.
if(EXPECT_GUI)
    string(REGEX MATCH "\n\\| 2k +\\| +[0-9]+ +\\| +[0-9]+ +\\| +[0-9]+ +\\| +[0-9]+ +\\|" painted "${output}")
    if(NOT painted)
        message(FATAL_ERROR "the desktop app did not report its first paint and memory")
    endif()
endif()
