#include "common/error.h"

namespace nianbao {

std::unexpected<Error> fail(ErrorCode code, QString message)
{
    return std::unexpected(Error{code, std::move(message)});
}

} // namespace nianbao
