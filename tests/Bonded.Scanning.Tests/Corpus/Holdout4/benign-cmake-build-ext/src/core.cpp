#include <pybind11/pybind11.h>
#include <string>
static const char* B32 = "0123456789bcdefghjkmnpqrstuvwxyz";
std::string encode(double lat, double lon, int precision) {
  double la[2] = {-90, 90}, lo[2] = {-180, 180};
  std::string out; int bit = 0, ch = 0; bool even = true;
  while ((int)out.size() < precision) {
    double* r = even ? lo : la; double v = even ? lon : lat; double mid = (r[0] + r[1]) / 2;
    if (v > mid) { ch |= 1 << (4 - bit); r[0] = mid; } else { r[1] = mid; }
    even = !even;
    if (++bit == 5) { out += B32[ch]; bit = 0; ch = 0; }
  }
  return out;
}
PYBIND11_MODULE(_core, m) { m.def("encode", &encode); }
