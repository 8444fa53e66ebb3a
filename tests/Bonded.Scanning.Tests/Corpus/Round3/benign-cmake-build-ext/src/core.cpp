#include <pybind11/pybind11.h>
#include <cmath>

double haversine(double lat1, double lon1, double lat2, double lon2) {
    const double r = 6371.0088, d = M_PI / 180.0;
    double a = std::pow(std::sin((lat2 - lat1) * d / 2), 2) +
               std::cos(lat1 * d) * std::cos(lat2 * d) * std::pow(std::sin((lon2 - lon1) * d / 2), 2);
    return 2 * r * std::asin(std::sqrt(a));
}

PYBIND11_MODULE(_core, m) { m.def("haversine", &haversine, "Great-circle distance in km"); }
