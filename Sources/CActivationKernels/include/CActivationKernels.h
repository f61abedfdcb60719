// Wide versions (AVX2, AVX-512) of the Float array kernels in Sources/Activations/Kernels/FloatMath.swift,
// chosen at run time on x86-64. Each performs exactly the operation sequence of its Swift counterpart (the
// same IEEE additions, multiplications and divisions on the same constants, no fused multiply-add), only
// 8 or 16 lanes at a time, so all paths give the same bits; ActivationsTests checks that over a sweep of
// inputs. Call a family only if `activations_wide_kernels_level` reports it.
#ifndef C_ACTIVATION_KERNELS_H
#define C_ACTIVATION_KERNELS_H

#include <stddef.h>

/// What this CPU and operating system run: 0 none (not x86-64, or no AVX2), 2 the `_avx2` functions,
/// 3 those and the `_avx512` ones.
int activations_wide_kernels_level(void);

/// y[i] = σ(x[i]) as FloatMath.sigmoid, for i < count. `x` and `y` may be the same buffer.
void activations_sigmoid_avx2(const float *x, float *y, size_t count);
/// y[i] = σ'(x[i]) as FloatMath.sigmoidDerivative.
void activations_sigmoid_derivative_avx2(const float *x, float *y, size_t count);
/// y[i] = tanh(x[i]) as FloatMath.tanh.
void activations_tanh_avx2(const float *x, float *y, size_t count);
/// y[i] = tanh'(x[i]) as FloatMath.tanhDerivative.
void activations_tanh_derivative_avx2(const float *x, float *y, size_t count);
/// y[i] = e^(x[i] − shift) as FloatMath.exp(x[i] - shift).
void activations_shifted_exp_avx2(const float *x, float *y, size_t count, float shift);

/// The same five on AVX-512F, 16 lanes.
void activations_sigmoid_avx512(const float *x, float *y, size_t count);
void activations_sigmoid_derivative_avx512(const float *x, float *y, size_t count);
void activations_tanh_avx512(const float *x, float *y, size_t count);
void activations_tanh_derivative_avx512(const float *x, float *y, size_t count);
void activations_shifted_exp_avx512(const float *x, float *y, size_t count, float shift);

/// Native Float kernels, 8 (AVX2) or 16 (AVX-512) lanes: Softplus with β = 1 (its threshold exactly a Float)
/// and its slope, LogSigmoid and its slope, Mish, Tanhshrink and its slope, as Softplus.floatValue,
/// .floatSlope, LogSigmoid.floatValue, .floatSlope, FloatMath.mish, .tanhshrink, .tanhSquared.
void activations_softplus_avx2(const float *x, float *y, size_t count, float threshold);
void activations_softplus_derivative_avx2(const float *x, float *y, size_t count, float threshold);
void activations_log_sigmoid_avx2(const float *x, float *y, size_t count);
void activations_log_sigmoid_derivative_avx2(const float *x, float *y, size_t count);
void activations_mish_avx2(const float *x, float *y, size_t count);
void activations_tanhshrink_avx2(const float *x, float *y, size_t count);
void activations_tanhshrink_derivative_avx2(const float *x, float *y, size_t count);
void activations_softplus_avx512(const float *x, float *y, size_t count, float threshold);
void activations_softplus_derivative_avx512(const float *x, float *y, size_t count, float threshold);
void activations_log_sigmoid_avx512(const float *x, float *y, size_t count);
void activations_log_sigmoid_derivative_avx512(const float *x, float *y, size_t count);
void activations_mish_avx512(const float *x, float *y, size_t count);
void activations_tanhshrink_avx512(const float *x, float *y, size_t count);
void activations_tanhshrink_derivative_avx512(const float *x, float *y, size_t count);

/// The Float arrays of Softplus with β ≠ 1 (or a threshold that is not a Float), f and f′, and of Mish′: the
/// Swift path's Double kernels (DoubleKernels.softplus, .sigmoid, .mishDerivative) on 4 double lanes, each
/// result rounded to Float as Float(d) does. AVX2 (level 2 or 3).
void activations_softplus_float_avx2(const float *x, float *y, size_t count, double beta, double threshold);
void activations_softplus_derivative_float_avx2(const float *x, float *y, size_t count, double beta,
                                                double threshold);
void activations_mish_derivative_float_avx2(const float *x, float *y, size_t count);

/// The Double arrays of Softplus, LogSigmoid and Sigmoid, f and f′: the same kernels on 4 double lanes, as
/// Softplus.doubleValue, LogSigmoid.doubleValue, DoubleKernels.sigmoid and their slopes. AVX2.
void activations_softplus_double_avx2(const double *x, double *y, size_t count, double beta, double threshold);
void activations_softplus_derivative_double_avx2(const double *x, double *y, size_t count, double beta,
                                                 double threshold);
void activations_log_sigmoid_double_avx2(const double *x, double *y, size_t count);
void activations_log_sigmoid_derivative_double_avx2(const double *x, double *y, size_t count);
void activations_sigmoid_double_avx2(const double *x, double *y, size_t count);
void activations_sigmoid_derivative_double_avx2(const double *x, double *y, size_t count);
/// The Double arrays of Tanhshrink, f and f′: DoubleKernels.tanhshrink and .tanhSquared on 4 double lanes.
void activations_tanhshrink_double_avx2(const double *x, double *y, size_t count);
void activations_tanhshrink_derivative_double_avx2(const double *x, double *y, size_t count);

#endif
