# Install rules and CPack: two Debian packages from one build (cpack -G DEB in build-release).
#   zorgstem-collector: the collector, its systemd unit, /etc/zorgstem/collector.ini (a conffile)
#   zorgstem:           the app, with a .desktop entry
# /etc is an absolute destination, as Debian needs: stage with DESTDIR (cmake --install).
include(GNUInstallDirs)

# Qt comes from Debian's system paths: no RPATH (qt_standard_project_setup asks for $ORIGIN).
set_target_properties(zorgstem-collector zorgstem PROPERTIES INSTALL_RPATH "")

install(TARGETS zorgstem-collector RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT collector)
install(FILES ${CMAKE_CURRENT_LIST_DIR}/zorgstem-collector.service
    DESTINATION lib/systemd/system COMPONENT collector)
install(FILES ${CMAKE_CURRENT_LIST_DIR}/collector.ini DESTINATION /etc/zorgstem COMPONENT collector)
install(FILES ${CMAKE_CURRENT_LIST_DIR}/collector.ini ${PROJECT_SOURCE_DIR}/README.md
    ${PROJECT_SOURCE_DIR}/docs/openapi.yaml ${PROJECT_SOURCE_DIR}/docs/protocol.md
    DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/zorgstem-collector COMPONENT collector)

install(TARGETS zorgstem RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT app)
install(FILES ${CMAKE_CURRENT_LIST_DIR}/zorgstem.desktop
    DESTINATION ${CMAKE_INSTALL_DATADIR}/applications COMPONENT app)

set(CPACK_PACKAGE_NAME zorgstem)
set(CPACK_PACKAGE_VENDOR "Zorgstem")
set(CPACK_PACKAGE_CONTACT "Zorgstem maintainers <zorgstem@example.org>")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_COMPONENTS_ALL collector app)
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON) # libraries from dpkg-shlibdeps; plugins and QML below
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

set(CPACK_DEBIAN_COLLECTOR_PACKAGE_NAME zorgstem-collector)
set(CPACK_DEBIAN_COLLECTOR_PACKAGE_SECTION net)
# The first line is the package's synopsis, the rest its long description.
set(CPACK_DEBIAN_COLLECTOR_DESCRIPTION "Zorgstem collector: anonymous survey submissions, API v1
The HTTP API for the Zorgstem app: anonymous exit and stay submissions, employer
reports from noised releases of at least k responses, one-time invitations and
blind-signed credentials (RFC 9474), regional actions, ideas and panels, on
SQLite; with a hardened systemd unit and /etc/zorgstem/collector.ini.")
# The invitation sheet draws text: a font (libqrencode and libqt6gui6, with its offscreen platform
# plugin, come from shlibdeps).
set(CPACK_DEBIAN_COLLECTOR_PACKAGE_DEPENDS "libqt6sql6-sqlite, systemd, fonts-dejavu-core")
set(CPACK_DEBIAN_COLLECTOR_PACKAGE_CONTROL_EXTRA
    ${CMAKE_CURRENT_LIST_DIR}/debian-collector/conffiles
    ${CMAKE_CURRENT_LIST_DIR}/debian-collector/postinst
    ${CMAKE_CURRENT_LIST_DIR}/debian-collector/prerm
    ${CMAKE_CURRENT_LIST_DIR}/debian-collector/postrm)

set(CPACK_DEBIAN_APP_PACKAGE_NAME zorgstem)
set(CPACK_DEBIAN_APP_PACKAGE_SECTION x11)
set(CPACK_DEBIAN_APP_DESCRIPTION "Zorgstem: anonymous exit and stay surveys for care workers
A Qt Quick app for nurses, carers and support workers: short surveys whose
answers leave the device anonymised, the region's actions, panels and ideas;
works offline.")
set(CPACK_DEBIAN_APP_PACKAGE_DEPENDS
    "libqt6sql6-sqlite, qt6-qpa-plugins, qml6-module-qtqml, qml6-module-qtqml-workerscript, qml6-module-qtquick, qml6-module-qtquick-controls, qml6-module-qtquick-dialogs, qml6-module-qt-labs-folderlistmodel, qml6-module-qtquick-layouts, qml6-module-qtquick-templates, qml6-module-qtquick-window, qt6-translations-l10n")

include(CPack)
