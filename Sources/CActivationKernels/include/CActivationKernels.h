// Wide (AVX2) versions of the Float array kernels in Sources/Activations/Kernels/FloatMath.swift, chosen at
// run time on x86-64 machines that have AVX2. Each performs exactly the operation sequence of its Swift
// counterpart (the same IEEE additions, multiplications and divisions on the same constants, no fused
// multiply-add), only eight lanes at a time, so both give the same bits; ActivationsTests checks that over
// a sweep of inputs. On other machines `activations_wide_kernels_available` returns 0 and the other
// functions must not be called.
#ifndef C_ACTIVATION_KERNELS_H
#define C_ACTIVATION_KERNELS_H

#include <stddef.h>

/// 1 if this CPU and operating system run the AVX2 kernels below, else 0.
int activations_wide_kernels_available(void);

/// y[i] = σ(x[i]) as FloatMath.sigmoid, for i < count. `x` and `y` may be the same buffer.
void activations_sigmoid_wide(const float *x, float *y, size_t count);
/// y[i] = σ'(x[i]) as FloatMath.sigmoidDerivative.
void activations_sigmoid_derivative_wide(const float *x, float *y, size_t count);
/// y[i] = tanh(x[i]) as FloatMath.tanh.
void activations_tanh_wide(const float *x, float *y, size_t count);
/// y[i] = tanh'(x[i]) as FloatMath.tanhDerivative.
void activations_tanh_derivative_wide(const float *x, float *y, size_t count);
/// y[i] = e^(x[i] − shift) as FloatMath.exp(x[i] - shift).
void activations_shifted_exp_wide(const float *x, float *y, size_t count, float shift);

#endif
