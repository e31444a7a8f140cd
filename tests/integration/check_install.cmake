# The install rules (packaging/packaging.cmake) stage what the two .deb packages hold:
#   cmake -DBUILD_DIR=<build> -DSTAGE=<empty folder> -P check_install.cmake
# Staged with DESTDIR and prefix /usr, as CPack does; nothing is written outside STAGE.
file(REMOVE_RECURSE ${STAGE})
foreach(component collector app)
    execute_process(
        COMMAND ${CMAKE_COMMAND} -E env DESTDIR=${STAGE}/${component}
            ${CMAKE_COMMAND} --install ${BUILD_DIR} --prefix /usr --component ${component}
        RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "cmake --install --component ${component} failed:\n${output}")
    endif()
endforeach()

set(expected
    collector/usr/bin/zorgstem-collector
    collector/usr/lib/systemd/system/zorgstem-collector.service
    collector/etc/zorgstem/collector.ini
    collector/usr/share/doc/zorgstem-collector/collector.ini
    collector/usr/share/doc/zorgstem-collector/openapi.yaml
    app/usr/bin/zorgstem
    app/usr/share/applications/zorgstem.desktop)
foreach(path ${expected})
    if(NOT EXISTS ${STAGE}/${path})
        message(FATAL_ERROR "install rules do not stage ${path}")
    endif()
endforeach()
# Each package holds only its own part.
foreach(path app/usr/bin/zorgstem-collector collector/usr/bin/zorgstem)
    if(EXISTS ${STAGE}/${path})
        message(FATAL_ERROR "${path} is staged in the wrong package")
    endif()
endforeach()
file(READ ${STAGE}/collector/usr/lib/systemd/system/zorgstem-collector.service unit)
foreach(line "DynamicUser=yes" "StateDirectory=zorgstem" "ProtectSystem=strict"
        "NoNewPrivileges=yes" "PrivateTmp=yes" "Restart=on-failure"
        "ExecStart=/usr/bin/zorgstem-collector serve --config /etc/zorgstem/collector.ini")
    string(FIND "${unit}" "\n${line}\n" at)
    if(at EQUAL -1)
        message(FATAL_ERROR "the unit lacks the line ${line}")
    endif()
endforeach()
# The example config is one the collector accepts: every key is a serve option.
execute_process(
    COMMAND ${BUILD_DIR}/bin/zorgstem-collector serve
        --config ${STAGE}/collector/etc/zorgstem/collector.ini --listen 127.0.0.1:0 --k 4
    RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output TIMEOUT 30)
if(NOT output MATCHES "--k must be a whole number")
    message(FATAL_ERROR "the example config is not accepted by serve:\n${output}")
endif()
message(STATUS "install rules stage both packages in ${STAGE}")
