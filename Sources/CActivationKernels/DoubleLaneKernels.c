// AVX2 twins of the Double kernels that the Float arrays of Softplus (β ≠ 1) and Mish′ round, and of the
// Double arrays of Softplus, LogSigmoid, Sigmoid and Tanhshrink (DoubleKernels.exp, .log1pOfUnit, .softplus,
// .sigmoid, .sigmoidDerivative, .mishDerivative, .tanhshrink, .tanhSquared in Sources/Activations/Kernels): 4 double lanes where Swift's
// baseline x86-64 loops have 2. Every step is one IEEE operation of the Swift
// code in the same order (no reassociation, no fused multiply-add), Swift's max(x, c) = c >= x ? c : x is
// _mm256_max_pd(c, x) (both keep a NaN x; they differ only on equal operands), min(x, c) = c < x ? c : x is
// _mm256_min_pd(c, x), and each Float is widened and rounded back as Swift's Double(x) and Float(d) do, so
// the bits are those of the Swift path (WideKernelTests).
#include "CActivationKernels.h"

#pragma clang fp contract(off)

#if defined(__x86_64__) && (defined(__clang__) || defined(__GNUC__))
#include <immintrin.h>
#include <string.h>

#define D_TARGET __attribute__((target("avx2")))
#define D_INLINE D_TARGET static inline
#define D(v) _mm256_set1_pd(v)
#define ADD _mm256_add_pd
#define SUB _mm256_sub_pd
#define MUL _mm256_mul_pd
#define DIV _mm256_div_pd
/// c ? a : b, lane by lane, for a comparison mask c.
#define SELECT(c, a, b) _mm256_blendv_pd(b, a, c)
#define CMP _mm256_cmp_pd

static const double shifter = 6755399441055744.0;  // 1.5 × 2⁵²
static const double ln2Hi = 6.93147180369123816490e-01;
static const double ln2Lo = 1.90821492927058770002e-10;

/// −|x|: the sign bit set, as Swift's -abs(x).
D_INLINE __m256d minus_magnitude(__m256d x) { return _mm256_or_pd(x, D(-0.0)); }
/// −x: the sign bit flipped, as Swift's prefix minus.
D_INLINE __m256d negate(__m256d x) { return _mm256_xor_pd(x, D(-0.0)); }

/// DoubleKernels.integer then .power2: 2ⁿ for an integral double n, through the bits.
D_INLINE __m256d power2_of(__m256d n) {
    __m256i t = _mm256_castpd_si256(ADD(n, D(shifter)));
    __m256i k = _mm256_sub_epi64(t, _mm256_castpd_si256(D(shifter)));
    return _mm256_castsi256_pd(_mm256_slli_epi64(_mm256_add_epi64(k, _mm256_set1_epi64x(1023)), 52));
}

/// DoubleKernels.polynomial (Estrin).
D_INLINE __m256d polynomial(__m256d r) {
    __m256d r2 = MUL(r, r);
    __m256d r4 = MUL(r2, r2);
    __m256d p0 = ADD(D(0.5), MUL(D(0.16666666666666666), r));
    __m256d p1 = ADD(D(0.041666666666666664), MUL(D(0.008333333333333333), r));
    __m256d p2 = ADD(D(0.001388888888888889), MUL(D(0.0001984126984126984), r));
    __m256d p3 = ADD(D(2.48015873015873e-05), MUL(D(2.7557319223985893e-06), r));
    __m256d p4 = ADD(D(2.755731922398589e-07), MUL(D(2.505210838544172e-08), r));
    __m256d p5 = ADD(D(2.08767569878681e-09), MUL(D(1.6059043836821613e-10), r));
    __m256d q0 = ADD(p0, MUL(p1, r2));
    __m256d q1 = ADD(p2, MUL(p3, r2));
    __m256d q2 = ADD(p4, MUL(p5, r2));
    return MUL(r2, ADD(q0, MUL(r4, ADD(q1, MUL(r4, q2)))));
}

/// DoubleKernels.exp: reduce, exponential, two 2ⁿ factors.
D_INLINE __m256d exp_pd(__m256d x) {
    __m256d clamped = _mm256_min_pd(D(710), _mm256_max_pd(D(-746), x));
    __m256d nf = SUB(ADD(MUL(clamped, D(1.4426950408889634)), D(shifter)), D(shifter));
    __m256d hi = SUB(clamped, MUL(nf, D(ln2Hi)));
    __m256d lo = MUL(nf, D(ln2Lo));
    __m256d r = SUB(hi, lo);
    __m256d back = SUB(r, hi);
    __m256d c = SUB(SUB(hi, SUB(r, back)), ADD(lo, back));
    __m256d beyond = ADD(polynomial(r), MUL(c, ADD(D(1), r)));
    __m256d head = ADD(D(1), r);
    __m256d tail = ADD(SUB(D(1), head), r);
    __m256d p = ADD(head, ADD(tail, beyond));
    __m256d half = SUB(ADD(MUL(nf, D(0.5)), D(shifter)), D(shifter));
    return MUL(MUL(p, power2_of(half)), power2_of(SUB(nf, half)));
}

/// DoubleKernels.log1pOfUnit: ln(1 + e) for 0 ≤ e ≤ 1 (fdlibm's log1p).
D_INLINE __m256d log1p_of_unit(__m256d e) {
    __m256d u = ADD(D(1), e);
    __m256d high = CMP(u, D(1.4142135623730951), _CMP_GE_OQ);
    __m256d k = SELECT(high, D(1), D(0));
    __m256d f = SELECT(high, SUB(MUL(u, D(0.5)), D(1)), e);
    __m256d c = SELECT(high, DIV(SUB(e, SUB(u, D(1))), u), D(0));
    __m256d s = DIV(f, ADD(D(2), f));
    __m256d z = MUL(s, s);
    __m256d w = MUL(z, z);
    __m256d t1 = MUL(w, ADD(D(3.999999999940941908e-01),
                            MUL(w, ADD(D(2.222219843214978396e-01), MUL(w, D(1.531383769920937332e-01))))));
    __m256d t2 = MUL(
        z, ADD(D(6.666666666666735130e-01),
               MUL(w, ADD(D(2.857142874366239149e-01),
                          MUL(w, ADD(D(1.818357216161805012e-01), MUL(w, D(1.479819860511658591e-01))))))));
    __m256d r = ADD(t2, t1);
    __m256d half_square = MUL(MUL(D(0.5), f), f);
    return SUB(MUL(k, D(ln2Hi)),
               SUB(SUB(half_square, ADD(MUL(s, ADD(half_square, r)), ADD(MUL(k, D(ln2Lo)), c))), f));
}

/// DoubleKernels.softplus: max(x, 0) + ln(1 + e^−|x|), Swift's max(x, 0) = 0 >= x ? 0 : x.
D_INLINE __m256d softplus(__m256d x) {
    __m256d positive = SELECT(CMP(D(0), x, _CMP_GE_OQ), D(0), x);
    return ADD(positive, log1p_of_unit(exp_pd(minus_magnitude(x))));
}

/// DoubleKernels.sigmoid: x >= 0 ? r : e r.
D_INLINE __m256d sigmoid(__m256d x) {
    __m256d e = exp_pd(minus_magnitude(x));
    __m256d r = DIV(D(1), ADD(D(1), e));
    return SELECT(CMP(x, D(0), _CMP_GE_OQ), r, MUL(e, r));
}

/// x == −∞ ? 0 : value.
D_INLINE __m256d zero_at_minus_infinity(__m256d x, __m256d value) {
    return SELECT(CMP(x, D(-__builtin_inf()), _CMP_EQ_OQ), D(0), value);
}

/// DoubleKernels.mishDerivative: (n d + 4x e(1 + e)) / d², x clamped to [−800, 40].
D_INLINE __m256d mish_derivative(__m256d x) {
    __m256d clamped = _mm256_max_pd(D(-800), _mm256_min_pd(D(40), x));
    __m256d e = exp_pd(clamped);
    __m256d n = MUL(e, ADD(e, D(2)));
    __m256d d = ADD(n, D(2));
    __m256d value = DIV(ADD(MUL(n, d), MUL(MUL(D(4), clamped), MUL(e, ADD(D(1), e)))), MUL(d, d));
    return zero_at_minus_infinity(x, value);
}

/// Softplus.doubleValue: scaled = βx; scaled > threshold ? x : softplus(scaled) / β. For β = 1 (`unit`) the
/// product and the quotient are skipped: 1 · x and y / 1 are x and y exactly (a NaN stays that NaN up to
/// quieting, which the next arithmetic operation does anyway), so the bits are the same and one division
/// per element is saved.
D_INLINE __m256d softplus_value(__m256d x, __m256d beta, __m256d threshold, int unit) {
    __m256d scaled = unit ? x : MUL(beta, x);
    __m256d value = softplus(scaled);
    __m256d smooth = unit ? value : DIV(value, beta);
    return SELECT(CMP(scaled, threshold, _CMP_GT_OQ), x, smooth);
}

/// Softplus.doubleSlope: scaled > threshold ? 1 : σ(scaled); β = 1 skips the product as above.
D_INLINE __m256d softplus_slope(__m256d x, __m256d beta, __m256d threshold, int unit) {
    __m256d scaled = unit ? x : MUL(beta, x);
    return SELECT(CMP(scaled, threshold, _CMP_GT_OQ), D(1), sigmoid(scaled));
}

/// DoubleKernels.sigmoidDerivative: e r r.
D_INLINE __m256d sigmoid_derivative(__m256d x) {
    __m256d e = exp_pd(minus_magnitude(x));
    __m256d r = DIV(D(1), ADD(D(1), e));
    return MUL(MUL(e, r), r);
}

/// LogSigmoid.doubleValue: −softplus(−x).
D_INLINE __m256d log_sigmoid(__m256d x) { return negate(softplus(negate(x))); }
/// LogSigmoid.doubleSlope: σ(−x).
D_INLINE __m256d log_sigmoid_slope(__m256d x) { return sigmoid(negate(x)); }

/// DoubleKernels.tanhshrink: the sign of x on a³P(a²) below a = |x| = 1, (a − 1) + 2u/(1 + u) from 1 on.
D_INLINE __m256d tanhshrink(__m256d x) {
    __m256d a = _mm256_andnot_pd(D(-0.0), x);
    __m256d z = MUL(a, a);
    __m256d p = D(0x1.bc632b26eec4bp-28);
    p = ADD(D(-0x1.487b8e43672adp-24), MUL(z, p));
    p = ADD(D(0x1.e0a5f974d4ed6p-22), MUL(z, p));
    p = ADD(D(-0x1.dc876b4505274p-20), MUL(z, p));
    p = ADD(D(0x1.74c56caf40220p-18), MUL(z, p));
    p = ADD(D(-0x1.fd3b5751907abp-17), MUL(z, p));
    p = ADD(D(0x1.45814c8753f4bp-15), MUL(z, p));
    p = ADD(D(-0x1.958309b52e6f5p-14), MUL(z, p));
    p = ADD(D(0x1.f54e542c799aap-13), MUL(z, p));
    p = ADD(D(-0x1.3554cfad16c6cp-11), MUL(z, p));
    p = ADD(D(0x1.7da30b667c1e1p-10), MUL(z, p));
    p = ADD(D(-0x1.d6d3ca3e19f82p-9), MUL(z, p));
    p = ADD(D(0x1.226e3532fb22bp-7), MUL(z, p));
    p = ADD(D(-0x1.664f488154c98p-6), MUL(z, p));
    p = ADD(D(0x1.ba1ba1ba14c55p-5), MUL(z, p));
    p = ADD(D(-0x1.1111111111094p-3), MUL(z, p));
    p = ADD(D(0x1.5555555555555p-2), MUL(z, p));
    __m256d series = MUL(MUL(a, z), p);
    __m256d u = exp_pd(MUL(D(-2), a));
    __m256d large = ADD(SUB(a, D(1)), DIV(MUL(D(2), u), ADD(D(1), u)));
    __m256d value = SELECT(CMP(a, D(1), _CMP_LT_OQ), series, large);
    return _mm256_or_pd(_mm256_andnot_pd(D(-0.0), value), _mm256_and_pd(x, D(-0.0)));
}

/// DoubleKernels.tanhSquared: a² + a²·a²Q(a²) below a = |x| = 1, 1 − 4u/(1 + u)² from 1 on.
D_INLINE __m256d tanh_squared(__m256d x) {
    __m256d a = _mm256_andnot_pd(D(-0.0), x);
    __m256d z = MUL(a, a);
    __m256d q = D(0x1.0d52055e24f23p-22);
    q = ADD(D(-0x1.6ca17a98b6b34p-19), MUL(z, q));
    q = ADD(D(0x1.e8bcc128215a3p-17), MUL(z, q));
    q = ADD(D(-0x1.bc3c072d96e8fp-15), MUL(z, q));
    q = ADD(D(0x1.3ef664d89613dp-13), MUL(z, q));
    q = ADD(D(-0x1.9015331c0d956p-12), MUL(z, q));
    q = ADD(D(0x1.d4bd34848f4e5p-11), MUL(z, q));
    q = ADD(D(-0x1.0a3a9786efbfdp-9), MUL(z, q));
    q = ADD(D(0x1.29ac383a28edep-8), MUL(z, q));
    q = ADD(D(-0x1.48aaf2bea0300p-7), MUL(z, q));
    q = ADD(D(0x1.65c8f14c32f51p-6), MUL(z, q));
    q = ADD(D(-0x1.7e8c15ff83245p-5), MUL(z, q));
    q = ADD(D(0x1.8f57893b7df04p-4), MUL(z, q));
    q = ADD(D(-0x1.931931922b4f2p-3), MUL(z, q));
    q = ADD(D(0x1.82d82d82d539ap-2), MUL(z, q));
    q = ADD(D(-0x1.5555555555520p-1), MUL(z, q));
    __m256d small = ADD(z, MUL(z, MUL(z, q)));
    __m256d u = exp_pd(MUL(D(-2), a));
    __m256d d = ADD(D(1), u);
    __m256d large = SUB(D(1), DIV(MUL(D(4), u), MUL(d, d)));
    return SELECT(CMP(a, D(1), _CMP_LT_OQ), small, large);
}

/// The loop: 8 Floats at a time as two independent 4-lane vectors (widened, computed, rounded back), the
/// tail through a padded buffer. `beta` and `threshold` are in scope for the kernels that use them.
#define FLOAT_LOOP(exported, kernel)                                                                 \
    D_TARGET void exported {                                                                         \
        size_t i = 0;                                                                                \
        for (; i + 8 <= count; i += 8) {                                                             \
            __m256d a = kernel(_mm256_cvtps_pd(_mm_loadu_ps(x + i)));                                \
            __m256d b = kernel(_mm256_cvtps_pd(_mm_loadu_ps(x + i + 4)));                            \
            _mm_storeu_ps(y + i, _mm256_cvtpd_ps(a));                                                \
            _mm_storeu_ps(y + i + 4, _mm256_cvtpd_ps(b));                                            \
        }                                                                                            \
        for (; i < count; i += 4) {                                                                  \
            float lanes[4] = {0};                                                                    \
            size_t n = count - i < 4 ? count - i : 4;                                                \
            memcpy(lanes, x + i, n * sizeof(float));                                                 \
            _mm_storeu_ps(lanes, _mm256_cvtpd_ps(kernel(_mm256_cvtps_pd(_mm_loadu_ps(lanes)))));     \
            memcpy(y + i, lanes, n * sizeof(float));                                                 \
        }                                                                                            \
    }
#define SOFTPLUS_VALUE(v) softplus_value(v, D(beta), D(threshold), beta == 1)
#define SOFTPLUS_SLOPE(v) softplus_slope(v, D(beta), D(threshold), beta == 1)

FLOAT_LOOP(activations_softplus_float_avx2(const float *x, float *y, size_t count, double beta, double threshold),
           SOFTPLUS_VALUE)
FLOAT_LOOP(activations_softplus_derivative_float_avx2(const float *x, float *y, size_t count, double beta,
                                                      double threshold),
           SOFTPLUS_SLOPE)
FLOAT_LOOP(activations_mish_derivative_float_avx2(const float *x, float *y, size_t count), mish_derivative)

/// The same over Doubles, in and out.
#define DOUBLE_LOOP(exported, kernel)                                                  \
    D_TARGET void exported {                                                           \
        size_t i = 0;                                                                  \
        for (; i + 8 <= count; i += 8) {                                               \
            __m256d a = kernel(_mm256_loadu_pd(x + i));                                \
            __m256d b = kernel(_mm256_loadu_pd(x + i + 4));                            \
            _mm256_storeu_pd(y + i, a);                                                \
            _mm256_storeu_pd(y + i + 4, b);                                            \
        }                                                                              \
        for (; i < count; i += 4) {                                                    \
            double lanes[4] = {0};                                                     \
            size_t n = count - i < 4 ? count - i : 4;                                  \
            memcpy(lanes, x + i, n * sizeof(double));                                  \
            _mm256_storeu_pd(lanes, kernel(_mm256_loadu_pd(lanes)));                   \
            memcpy(y + i, lanes, n * sizeof(double));                                  \
        }                                                                              \
    }

DOUBLE_LOOP(activations_softplus_double_avx2(const double *x, double *y, size_t count, double beta,
                                             double threshold),
            SOFTPLUS_VALUE)
DOUBLE_LOOP(activations_softplus_derivative_double_avx2(const double *x, double *y, size_t count, double beta,
                                                        double threshold),
            SOFTPLUS_SLOPE)
DOUBLE_LOOP(activations_log_sigmoid_double_avx2(const double *x, double *y, size_t count), log_sigmoid)
DOUBLE_LOOP(activations_log_sigmoid_derivative_double_avx2(const double *x, double *y, size_t count),
            log_sigmoid_slope)
DOUBLE_LOOP(activations_sigmoid_double_avx2(const double *x, double *y, size_t count), sigmoid)
DOUBLE_LOOP(activations_sigmoid_derivative_double_avx2(const double *x, double *y, size_t count),
            sigmoid_derivative)
DOUBLE_LOOP(activations_tanhshrink_double_avx2(const double *x, double *y, size_t count), tanhshrink)
DOUBLE_LOOP(activations_tanhshrink_derivative_double_avx2(const double *x, double *y, size_t count), tanh_squared)

#else
// Not x86-64: the portable Swift kernels run everywhere, and these are never called.
void activations_softplus_float_avx2(const float *x, float *y, size_t count, double beta, double threshold) {
    (void)x; (void)y; (void)count; (void)beta; (void)threshold;
}
void activations_softplus_derivative_float_avx2(const float *x, float *y, size_t count, double beta,
                                                double threshold) {
    (void)x; (void)y; (void)count; (void)beta; (void)threshold;
}
#define NEVER_CALLED(name) \
    void name(const float *x, float *y, size_t count) { (void)x; (void)y; (void)count; }
NEVER_CALLED(activations_mish_derivative_float_avx2)
void activations_softplus_double_avx2(const double *x, double *y, size_t count, double beta, double threshold) {
    (void)x; (void)y; (void)count; (void)beta; (void)threshold;
}
void activations_softplus_derivative_double_avx2(const double *x, double *y, size_t count, double beta,
                                                 double threshold) {
    (void)x; (void)y; (void)count; (void)beta; (void)threshold;
}
#define NEVER_CALLED_DOUBLE(name) \
    void name(const double *x, double *y, size_t count) { (void)x; (void)y; (void)count; }
NEVER_CALLED_DOUBLE(activations_log_sigmoid_double_avx2)
NEVER_CALLED_DOUBLE(activations_log_sigmoid_derivative_double_avx2)
NEVER_CALLED_DOUBLE(activations_sigmoid_double_avx2)
NEVER_CALLED_DOUBLE(activations_sigmoid_derivative_double_avx2)
NEVER_CALLED_DOUBLE(activations_tanhshrink_double_avx2)
NEVER_CALLED_DOUBLE(activations_tanhshrink_derivative_double_avx2)
#endif
