// Compiled with the storage layer's include path: must fail (see CMakeLists.txt).
#include "rules/validator.h"

int main()
{
    return 0;
}
