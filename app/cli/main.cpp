#include <QCoreApplication>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    std::fputs("usage: nianbao-cli extract|text|import|list|export ...\n", stderr);
    return 2;
}
