// Shadows Qt's own header for code in nianbao_core only (see core/CMakeLists.txt).
#error "nianbao_core must not use Qt Widgets: move this code to ui/"
