// Built with the core's include settings by the core_rejects_widget_includes test, which
// passes only when this file fails to compile.
#include <QtWidgets/QWidget>

int main()
{
    return 0;
}
