#include "core/cloud/answering/CloudModels.h"

namespace led {

CloudModels CloudModels::normal(Set set) {
  CloudModels m;
  m.process_ = QueryProcess::Normal;
  m.sets_ = {std::move(set)};
  return m;
}

CloudModels CloudModels::deniable(Set part0, Set part1) {
  CloudModels m;
  m.process_ = QueryProcess::Deniable;
  m.sets_ = {std::move(part0), std::move(part1)};
  return m;
}

const std::vector<std::string>& CloudModels::classNames() const {
  static const std::vector<std::string> none;
  return sets_.empty() || sets_.front().empty() ? none : sets_.front().front()->info().classNames;
}

}  // namespace led
