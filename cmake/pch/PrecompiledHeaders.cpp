// The translation unit CMake compiles cmake/pch/PrecompiledHeaders.h for; it holds no code.
