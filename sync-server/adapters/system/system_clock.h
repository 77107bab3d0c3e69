// The real clock behind the Clock port; tests pass a fake one to make expiry exact.
#pragma once

#include "usecases/ports.h"

namespace vitae::server {

class SystemClock : public Clock {
public:
    TimePoint now() const override { return std::chrono::system_clock::now(); }
};

} // namespace vitae::server
