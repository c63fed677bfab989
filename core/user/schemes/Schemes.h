#pragma once
// The six schemes, each defined in its own file; reach them through schemeFor().
#include "core/user/schemes/Scheme.h"

namespace led {

const Scheme& leScheme();
const Scheme& eleScheme();
const Scheme& etcScheme();
const Scheme& etcGrayScheme();
const Scheme& peScheme();
const Scheme& rmtScheme();

}  // namespace led
