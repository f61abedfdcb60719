// AVX2 twins of FloatMath's Float kernels. Why bits match the Swift path: every step below is one IEEE
// operation of the Swift code in the same order (no reassociation, no fused multiply-add: the functions are
// compiled for "avx2" without "fma", and contraction is switched off), constants are given by their exact
// bit patterns, and Swift's max(x, c) = c >= x ? c : x is _mm256_max_ps(c, x) (both keep a NaN x).
#include "CActivationKernels.h"

#pragma clang fp contract(off)

#if defined(__x86_64__) && (defined(__clang__) || defined(__GNUC__))
#include <cpuid.h>
#include <immintrin.h>
#include <string.h>

#define WIDE __attribute__((target("avx2"))) static inline

int activations_wide_kernels_available(void) {
    unsigned a, b, c, d;
    if (!__get_cpuid(1, &a, &b, &c, &d)) return 0;
    // OSXSAVE and AVX, then the OS must save the YMM state (XCR0 bits 1 and 2).
    if (!(c & (1u << 27)) || !(c & (1u << 28))) return 0;
    unsigned lo, hi;
    __asm__ volatile("xgetbv" : "=a"(lo), "=d"(hi) : "c"(0));
    if ((lo & 6u) != 6u) return 0;
    if (__get_cpuid_max(0, 0) < 7) return 0;
    __cpuid_count(7, 0, a, b, c, d);
    return (b & (1u << 5)) != 0;  // AVX2
}

WIDE __m256 constant(int bits) { return _mm256_castsi256_ps(_mm256_set1_epi32(bits)); }
WIDE __m256 add(__m256 a, __m256 b) { return _mm256_add_ps(a, b); }
WIDE __m256 sub(__m256 a, __m256 b) { return _mm256_sub_ps(a, b); }
WIDE __m256 mul(__m256 a, __m256 b) { return _mm256_mul_ps(a, b); }
WIDE __m256 divide(__m256 a, __m256 b) { return _mm256_div_ps(a, b); }
WIDE __m256 one(void) { return constant(0x3f800000); }
WIDE __m256 magnitude(__m256 x) { return _mm256_and_ps(x, constant(0x7fffffff)); }
WIDE __m256 negate(__m256 x) { return _mm256_xor_ps(x, constant((int)0x80000000)); }

/// FloatMath.reduce: n = round(x log₂e) and r = x − n ln 2 (Cody–Waite).
WIDE __m256 reduce(__m256 x, __m256i *n) {
    const __m256 shifter = constant(0x4b400000);  // 1.5 × 2²³
    __m256 t = add(mul(x, constant(0x3fb8aa3b)), shifter);  // log₂e
    __m256 nf = sub(t, shifter);
    *n = _mm256_sub_epi32(_mm256_castps_si256(t), _mm256_castps_si256(shifter));
    return sub(sub(x, mul(nf, constant(0x3f318000))), mul(nf, constant((int)0xb95e8083)));  // ln2Hi, ln2Lo
}

/// FloatMath.polynomial, Horner from the innermost term out.
WIDE __m256 polynomial(__m256 r) {
    __m256 p = add(constant(0x3c090571), mul(r, constant(0x3ab6b0b1)));
    p = add(constant(0x3d2aaa6c), mul(r, p));
    p = add(constant(0x3e2aaa6f), mul(r, p));
    return add(constant(0x3f000000), mul(r, p));
}

/// FloatMath.power2: 2ⁿ from the exponent bits.
WIDE __m256 power2(__m256i n) {
    return _mm256_castsi256_ps(_mm256_slli_epi32(_mm256_add_epi32(n, _mm256_set1_epi32(127)), 23));
}

/// FloatMath.exp (x ≤ 0).
WIDE __m256 exp_wide(__m256 x) {
    __m256 clamped = _mm256_max_ps(constant((int)0xc2d00000), x);  // max(x, −104)
    __m256i n;
    __m256 r = reduce(clamped, &n);
    __m256 p = add(add(one(), r), mul(mul(r, r), polynomial(r)));
    __m256i half = _mm256_srai_epi32(n, 1);
    return mul(mul(p, power2(half)), power2(_mm256_sub_epi32(n, half)));
}

/// FloatMath.expm1 (x ≤ 0).
WIDE __m256 expm1_wide(__m256 x) {
    __m256 clamped = _mm256_max_ps(constant((int)0xc1f00000), x);  // max(x, −30)
    __m256i n;
    __m256 r = reduce(clamped, &n);
    __m256 q = add(r, mul(mul(r, r), polynomial(r)));
    __m256 scale = power2(n);
    return add(mul(scale, q), sub(scale, one()));
}

WIDE __m256 sigmoid_wide(__m256 x) {
    __m256 e = exp_wide(negate(magnitude(x)));
    __m256 r = divide(one(), add(one(), e));
    __m256 negative = _mm256_blendv_ps(mul(e, r), x, _mm256_cmp_ps(x, x, _CMP_UNORD_Q));
    return _mm256_blendv_ps(negative, r, _mm256_cmp_ps(x, _mm256_setzero_ps(), _CMP_GE_OQ));
}

WIDE __m256 sigmoid_derivative_wide(__m256 x) {
    __m256 e = exp_wide(negate(magnitude(x)));
    __m256 r = divide(one(), add(one(), e));
    return mul(mul(e, r), r);
}

WIDE __m256 tanh_wide(__m256 x) {
    __m256 m = expm1_wide(mul(constant((int)0xc0000000), magnitude(x)));  // −2|x|
    __m256 value = divide(negate(m), add(constant(0x40000000), m));
    const __m256 sign = constant((int)0x80000000);
    return _mm256_or_ps(_mm256_andnot_ps(sign, value), _mm256_and_ps(sign, x));
}

WIDE __m256 tanh_derivative_wide(__m256 x) {
    __m256 u = exp_wide(mul(constant((int)0xc0000000), magnitude(x)));
    __m256 d = add(one(), u);
    return divide(mul(constant(0x40800000), u), mul(d, d));
}

/// The loop shared by every kernel: eight lanes at a time, the tail through a padded buffer.
#define WIDE_LOOP(name, body)                                                            \
    __attribute__((target("avx2"))) void name(const float *x, float *y, size_t count) { \
        size_t i = 0;                                                                    \
        for (; i + 8 <= count; i += 8) _mm256_storeu_ps(y + i, body(_mm256_loadu_ps(x + i))); \
        if (i < count) {                                                                 \
            float lanes[8] = {0};                                                        \
            memcpy(lanes, x + i, (count - i) * sizeof(float));                           \
            _mm256_storeu_ps(lanes, body(_mm256_loadu_ps(lanes)));                       \
            memcpy(y + i, lanes, (count - i) * sizeof(float));                           \
        }                                                                                \
    }

WIDE_LOOP(activations_sigmoid_wide, sigmoid_wide)
WIDE_LOOP(activations_sigmoid_derivative_wide, sigmoid_derivative_wide)
WIDE_LOOP(activations_tanh_wide, tanh_wide)
WIDE_LOOP(activations_tanh_derivative_wide, tanh_derivative_wide)

__attribute__((target("avx2"))) void activations_shifted_exp_wide(
    const float *x, float *y, size_t count, float shift) {
    const __m256 m = _mm256_set1_ps(shift);
    size_t i = 0;
    for (; i + 8 <= count; i += 8) _mm256_storeu_ps(y + i, exp_wide(sub(_mm256_loadu_ps(x + i), m)));
    if (i < count) {
        float lanes[8] = {0};
        memcpy(lanes, x + i, (count - i) * sizeof(float));
        _mm256_storeu_ps(lanes, exp_wide(sub(_mm256_loadu_ps(lanes), m)));
        memcpy(y + i, lanes, (count - i) * sizeof(float));
    }
}

#else
// Not x86-64: the portable Swift kernels run everywhere; these are never called.
int activations_wide_kernels_available(void) { return 0; }
void activations_sigmoid_wide(const float *x, float *y, size_t count) { (void)x; (void)y; (void)count; }
void activations_sigmoid_derivative_wide(const float *x, float *y, size_t count) { (void)x; (void)y; (void)count; }
void activations_tanh_wide(const float *x, float *y, size_t count) { (void)x; (void)y; (void)count; }
void activations_tanh_derivative_wide(const float *x, float *y, size_t count) { (void)x; (void)y; (void)count; }
void activations_shifted_exp_wide(const float *x, float *y, size_t count, float shift) {
    (void)x; (void)y; (void)count; (void)shift;
}
#endif
