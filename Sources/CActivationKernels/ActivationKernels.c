// The AVX2 and AVX-512 twins of FloatMath's Float kernels, from one body (WideKernelBody.h). Why bits match
// the Swift path: every V_* operation is one IEEE operation of the Swift code, in the same order (no
// reassociation; no fused multiply-add: the intrinsics are separate operations and contraction is off),
// constants are given by their exact bit patterns, and NaNs take the same path through each operation.
#include "CActivationKernels.h"

#pragma clang fp contract(off)

#if defined(__x86_64__) && (defined(__clang__) || defined(__GNUC__))
#include <cpuid.h>
#include <immintrin.h>
#include <string.h>

int activations_wide_kernels_level(void) {
    unsigned a, b, c, d;
    if (!__get_cpuid(1, &a, &b, &c, &d)) return 0;
    if (!(c & (1u << 27)) || !(c & (1u << 28))) return 0;  // OSXSAVE, AVX
    unsigned xcr0, high;
    __asm__ volatile("xgetbv" : "=a"(xcr0), "=d"(high) : "c"(0));
    if ((xcr0 & 0x6u) != 0x6u || __get_cpuid_max(0, 0) < 7) return 0;  // the OS saves YMM state
    __cpuid_count(7, 0, a, b, c, d);
    if (!(b & (1u << 5))) return 0;  // AVX2
    // AVX-512F, and the OS saves the opmask and ZMM state.
    return (b & (1u << 16)) && (xcr0 & 0xE0u) == 0xE0u ? 3 : 2;
}

// AVX2: 8 lanes.
#define V_TARGET __attribute__((target("avx2")))
#define V_INLINE V_TARGET static inline
#define V_LANES 8
#define V_FLOAT __m256
#define V_INT __m256i
#define NAME(f) f##_avx2
#define V_LOAD _mm256_loadu_ps
#define V_STORE _mm256_storeu_ps
#define V_SPLAT _mm256_set1_ps
#define V_BITS(bits) _mm256_castsi256_ps(_mm256_set1_epi32(bits))
#define V_AS_INT _mm256_castps_si256
#define V_AS_FLOAT _mm256_castsi256_ps
#define V_ADD _mm256_add_ps
#define V_SUB _mm256_sub_ps
#define V_MUL _mm256_mul_ps
#define V_DIV _mm256_div_ps
#define V_MAX _mm256_max_ps
#define V_AND _mm256_and_ps
#define V_OR _mm256_or_ps
#define V_XOR _mm256_xor_ps
#define V_INT_SUB _mm256_sub_epi32
#define V_INT_HALF(n) _mm256_srai_epi32(n, 1)
#define V_INT_ADD127(n) _mm256_add_epi32(n, _mm256_set1_epi32(127))
#define V_INT_SHL23(n) _mm256_slli_epi32(n, 23)
#define V_IF_NAN(x, then, otherwise) _mm256_blendv_ps(otherwise, then, _mm256_cmp_ps(x, x, _CMP_UNORD_Q))
#define V_IF_NOT_NEGATIVE(x, then, otherwise) \
    _mm256_blendv_ps(otherwise, then, _mm256_cmp_ps(x, _mm256_setzero_ps(), _CMP_GE_OQ))
/// a ⋄ b ? then : otherwise, ⋄ an ordered comparison (_CMP_GE_OQ, _CMP_GT_OQ, _CMP_LT_OQ, _CMP_EQ_OQ).
#define V_IF(a, compare, b, then, otherwise) _mm256_blendv_ps(otherwise, then, _mm256_cmp_ps(a, b, compare))
#include "WideKernelBody.h"
#undef V_TARGET
#undef V_INLINE
#undef V_LANES
#undef V_FLOAT
#undef V_INT
#undef NAME
#undef V_LOAD
#undef V_STORE
#undef V_SPLAT
#undef V_BITS
#undef V_AS_INT
#undef V_AS_FLOAT
#undef V_ADD
#undef V_SUB
#undef V_MUL
#undef V_DIV
#undef V_MAX
#undef V_AND
#undef V_OR
#undef V_XOR
#undef V_INT_SUB
#undef V_INT_HALF
#undef V_INT_ADD127
#undef V_INT_SHL23
#undef V_IF_NAN
#undef V_IF_NOT_NEGATIVE
#undef V_IF

// AVX-512F: 16 lanes. Bitwise float operations go through the integer forms (the float ones need DQ).
#define V_TARGET __attribute__((target("avx512f")))
#define V_INLINE V_TARGET static inline
#define V_LANES 16
#define V_FLOAT __m512
#define V_INT __m512i
#define NAME(f) f##_avx512
#define V_LOAD _mm512_loadu_ps
#define V_STORE _mm512_storeu_ps
#define V_SPLAT _mm512_set1_ps
#define V_BITS(bits) _mm512_castsi512_ps(_mm512_set1_epi32(bits))
#define V_AS_INT _mm512_castps_si512
#define V_AS_FLOAT _mm512_castsi512_ps
#define V_ADD _mm512_add_ps
#define V_SUB _mm512_sub_ps
#define V_MUL _mm512_mul_ps
#define V_DIV _mm512_div_ps
#define V_MAX _mm512_max_ps
#define V_AND(a, b) V_AS_FLOAT(_mm512_and_si512(V_AS_INT(a), V_AS_INT(b)))
#define V_OR(a, b) V_AS_FLOAT(_mm512_or_si512(V_AS_INT(a), V_AS_INT(b)))
#define V_XOR(a, b) V_AS_FLOAT(_mm512_xor_si512(V_AS_INT(a), V_AS_INT(b)))
#define V_INT_SUB _mm512_sub_epi32
#define V_INT_HALF(n) _mm512_srai_epi32(n, 1)
#define V_INT_ADD127(n) _mm512_add_epi32(n, _mm512_set1_epi32(127))
#define V_INT_SHL23(n) _mm512_slli_epi32(n, 23)
#define V_IF_NAN(x, then, otherwise) _mm512_mask_blend_ps(_mm512_cmp_ps_mask(x, x, _CMP_UNORD_Q), otherwise, then)
#define V_IF_NOT_NEGATIVE(x, then, otherwise) \
    _mm512_mask_blend_ps(_mm512_cmp_ps_mask(x, _mm512_setzero_ps(), _CMP_GE_OQ), otherwise, then)
#define V_IF(a, compare, b, then, otherwise) \
    _mm512_mask_blend_ps(_mm512_cmp_ps_mask(a, b, compare), otherwise, then)
#include "WideKernelBody.h"

#else
// Not x86-64: the portable Swift kernels run everywhere, and these are never called.
int activations_wide_kernels_level(void) { return 0; }
#define NEVER_CALLED(name) \
    void name(const float *x, float *y, size_t count) { (void)x; (void)y; (void)count; }
#define NEVER_CALLED_SHIFTED(name) \
    void name(const float *x, float *y, size_t count, float shift) { (void)x; (void)y; (void)count; (void)shift; }
NEVER_CALLED(activations_sigmoid_avx2)
NEVER_CALLED(activations_sigmoid_derivative_avx2)
NEVER_CALLED(activations_tanh_avx2)
NEVER_CALLED(activations_tanh_derivative_avx2)
NEVER_CALLED_SHIFTED(activations_shifted_exp_avx2)
NEVER_CALLED(activations_sigmoid_avx512)
NEVER_CALLED(activations_sigmoid_derivative_avx512)
NEVER_CALLED(activations_tanh_avx512)
NEVER_CALLED(activations_tanh_derivative_avx512)
NEVER_CALLED_SHIFTED(activations_shifted_exp_avx512)
#define NEVER_CALLED_THRESHOLD(name) \
    void name(const float *x, float *y, size_t count, float threshold) { \
        (void)x; (void)y; (void)count; (void)threshold; \
    }
NEVER_CALLED_THRESHOLD(activations_softplus_avx2)
NEVER_CALLED_THRESHOLD(activations_softplus_derivative_avx2)
NEVER_CALLED_THRESHOLD(activations_softplus_avx512)
NEVER_CALLED_THRESHOLD(activations_softplus_derivative_avx512)
NEVER_CALLED(activations_log_sigmoid_avx2)
NEVER_CALLED(activations_log_sigmoid_derivative_avx2)
NEVER_CALLED(activations_mish_avx2)
NEVER_CALLED(activations_tanhshrink_avx2)
NEVER_CALLED(activations_tanhshrink_derivative_avx2)
NEVER_CALLED(activations_log_sigmoid_avx512)
NEVER_CALLED(activations_log_sigmoid_derivative_avx512)
NEVER_CALLED(activations_mish_avx512)
NEVER_CALLED(activations_tanhshrink_avx512)
NEVER_CALLED(activations_tanhshrink_derivative_avx512)
#endif
