// The wide kernels written once over a vector width: ActivationKernels.c includes this file once per
// instruction set, after defining the V_* operations for it (one IEEE operation each) and NAME(f), the
// suffix of the exported functions. Every kernel follows its FloatMath.swift counterpart step by step.

/// FloatMath.reduce: n = round(x log₂e) and r = x − n ln 2 (Cody–Waite).
V_INLINE V_FLOAT NAME(reduce)(V_FLOAT x, V_INT *n) {
    const V_FLOAT shifter = V_BITS(0x4b400000);  // 1.5 × 2²³
    V_FLOAT t = V_ADD(V_MUL(x, V_BITS(0x3fb8aa3b)), shifter);  // log₂e
    V_FLOAT nf = V_SUB(t, shifter);
    *n = V_INT_SUB(V_AS_INT(t), V_AS_INT(shifter));
    return V_SUB(V_SUB(x, V_MUL(nf, V_BITS(0x3f318000))), V_MUL(nf, V_BITS((int)0xb95e8083)));  // ln2Hi, ln2Lo
}

/// FloatMath.polynomial, Horner from the innermost term out.
V_INLINE V_FLOAT NAME(polynomial)(V_FLOAT r) {
    V_FLOAT p = V_ADD(V_BITS(0x3c090571), V_MUL(r, V_BITS(0x3ab6b0b1)));
    p = V_ADD(V_BITS(0x3d2aaa6c), V_MUL(r, p));
    p = V_ADD(V_BITS(0x3e2aaa6f), V_MUL(r, p));
    return V_ADD(V_BITS(0x3f000000), V_MUL(r, p));
}

/// FloatMath.power2: 2ⁿ from the exponent bits.
V_INLINE V_FLOAT NAME(power2)(V_INT n) { return V_AS_FLOAT(V_INT_SHL23(V_INT_ADD127(n))); }

/// FloatMath.exp (x ≤ 0). Swift's max(x, c) = c >= x ? c : x is V_MAX(c, x): both keep a NaN x.
V_INLINE V_FLOAT NAME(exp)(V_FLOAT x) {
    V_FLOAT clamped = V_MAX(V_BITS((int)0xc2d00000), x);  // max(x, −104)
    V_INT n;
    V_FLOAT r = NAME(reduce)(clamped, &n);
    V_FLOAT p = V_ADD(V_ADD(V_BITS(0x3f800000), r), V_MUL(V_MUL(r, r), NAME(polynomial)(r)));
    V_INT half = V_INT_HALF(n);
    return V_MUL(V_MUL(p, NAME(power2)(half)), NAME(power2)(V_INT_SUB(n, half)));
}

/// FloatMath.expm1 (x ≤ 0).
V_INLINE V_FLOAT NAME(expm1)(V_FLOAT x) {
    V_FLOAT clamped = V_MAX(V_BITS((int)0xc1f00000), x);  // max(x, −30)
    V_INT n;
    V_FLOAT r = NAME(reduce)(clamped, &n);
    V_FLOAT q = V_ADD(r, V_MUL(V_MUL(r, r), NAME(polynomial)(r)));
    V_FLOAT scale = NAME(power2)(n);
    return V_ADD(V_MUL(scale, q), V_SUB(scale, V_BITS(0x3f800000)));
}

/// FloatMath.sigmoid: x >= 0 ? r : (x.isNaN ? x : e r).
V_INLINE V_FLOAT NAME(sigmoid)(V_FLOAT x) {
    V_FLOAT e = NAME(exp)(V_OR(x, V_BITS((int)0x80000000)));  // −|x|
    V_FLOAT r = V_DIV(V_BITS(0x3f800000), V_ADD(V_BITS(0x3f800000), e));
    return V_IF_NOT_NEGATIVE(x, r, V_IF_NAN(x, x, V_MUL(e, r)));
}

/// FloatMath.sigmoidDerivative.
V_INLINE V_FLOAT NAME(sigmoid_derivative)(V_FLOAT x) {
    V_FLOAT e = NAME(exp)(V_OR(x, V_BITS((int)0x80000000)));
    V_FLOAT r = V_DIV(V_BITS(0x3f800000), V_ADD(V_BITS(0x3f800000), e));
    return V_MUL(V_MUL(e, r), r);
}

/// FloatMath.tanh: the sign of x on −m / (2 + m).
V_INLINE V_FLOAT NAME(tanh)(V_FLOAT x) {
    V_FLOAT m = NAME(expm1)(V_MUL(V_BITS((int)0xc0000000), V_AND(x, V_BITS(0x7fffffff))));  // −2|x|
    V_FLOAT value = V_DIV(V_XOR(m, V_BITS((int)0x80000000)), V_ADD(V_BITS(0x40000000), m));
    return V_OR(V_AND(value, V_BITS(0x7fffffff)), V_AND(x, V_BITS((int)0x80000000)));
}

/// FloatMath.tanhDerivative: 4u / (1 + u)².
V_INLINE V_FLOAT NAME(tanh_derivative)(V_FLOAT x) {
    V_FLOAT u = NAME(exp)(V_MUL(V_BITS((int)0xc0000000), V_AND(x, V_BITS(0x7fffffff))));
    V_FLOAT d = V_ADD(V_BITS(0x3f800000), u);
    return V_DIV(V_MUL(V_BITS(0x40800000), u), V_MUL(d, d));
}

#define V_ONE V_BITS(0x3f800000)
#define V_TWO V_BITS(0x40000000)
#define V_SIGN V_BITS((int)0x80000000)

/// FloatMath.log1pOfUnit: ln(1 + e) for 0 ≤ e ≤ 1, f = e ≥ 1/2 ? (e − 1)/2 : e.
V_INLINE V_FLOAT NAME(log1p_of_unit)(V_FLOAT e) {
    const V_FLOAT half = V_BITS(0x3f000000);
    V_FLOAT f = V_IF(e, _CMP_GE_OQ, half, V_MUL(V_SUB(e, V_ONE), half), e);
    V_FLOAT k = V_IF(e, _CMP_GE_OQ, half, V_ONE, V_SPLAT(0.0f));
    V_FLOAT s = V_DIV(f, V_ADD(V_TWO, f));
    V_FLOAT z = V_MUL(s, s);
    V_FLOAT r = V_ADD(V_BITS(0x3e638e39), V_MUL(z, V_BITS(0x3e3a2e8c)));  // 2/9, 2/11
    r = V_ADD(V_BITS(0x3e924925), V_MUL(z, r));                          // 2/7
    r = V_ADD(V_BITS(0x3ecccccd), V_MUL(z, r));                          // 2/5
    r = V_MUL(z, V_ADD(V_BITS(0x3f2aaaab), V_MUL(z, r)));                // 2/3
    V_FLOAT half_square = V_MUL(V_MUL(half, f), f);
    V_FLOAT inner = V_ADD(V_MUL(s, V_ADD(half_square, r)), V_MUL(k, V_BITS((int)0xb95e8083)));  // ln2Lo
    return V_SUB(V_MUL(k, V_BITS(0x3f318000)), V_SUB(V_SUB(half_square, inner), f));           // ln2Hi
}

/// FloatMath.softplus: max(x, 0) + ln(1 + e^−|x|); Swift's max(x, 0) is V_MAX(0, x) (they differ only on
/// −0, which the sum with ln 2 makes +ln 2 either way).
V_INLINE V_FLOAT NAME(softplus)(V_FLOAT x) {
    return V_ADD(V_MAX(V_SPLAT(0.0f), x), NAME(log1p_of_unit)(NAME(exp)(V_OR(x, V_SIGN))));
}

/// Softplus.floatValue with β = 1: x > threshold ? x : softplus(x).
V_INLINE V_FLOAT NAME(softplus_value)(V_FLOAT x, V_FLOAT threshold) {
    return V_IF(x, _CMP_GT_OQ, threshold, x, NAME(softplus)(x));
}

/// Softplus.floatSlope with β = 1: x > threshold ? 1 : σ(x).
V_INLINE V_FLOAT NAME(softplus_slope)(V_FLOAT x, V_FLOAT threshold) {
    return V_IF(x, _CMP_GT_OQ, threshold, V_ONE, NAME(sigmoid)(x));
}

/// LogSigmoid.floatValue: −softplus(−x).
V_INLINE V_FLOAT NAME(log_sigmoid)(V_FLOAT x) { return V_XOR(NAME(softplus)(V_XOR(x, V_SIGN)), V_SIGN); }
/// LogSigmoid.floatSlope: σ(−x).
V_INLINE V_FLOAT NAME(log_sigmoid_slope)(V_FLOAT x) { return NAME(sigmoid)(V_XOR(x, V_SIGN)); }

/// FloatMath.mish.
V_INLINE V_FLOAT NAME(mish)(V_FLOAT x) {
    const V_FLOAT zero = V_SPLAT(0.0f);
    V_FLOAT e = NAME(exp)(V_OR(x, V_SIGN));
    V_FLOAT n = V_MUL(e, V_ADD(e, V_TWO));
    V_FLOAT square = V_MUL(V_TWO, V_MUL(e, e));
    V_FLOAT numerator = V_IF(x, _CMP_GT_OQ, zero, square, n);
    V_FLOAT denominator = V_IF(x, _CMP_GT_OQ, zero, V_ADD(V_ADD(V_ONE, V_MUL(V_TWO, e)), square), V_ADD(n, V_TWO));
    V_FLOAT ratio = V_DIV(numerator, denominator);
    V_FLOAT product = V_MUL(x, V_IF(x, _CMP_GT_OQ, zero, V_SUB(V_ONE, ratio), ratio));
    return V_IF(x, _CMP_EQ_OQ, V_BITS((int)0xff800000), zero, product);  // 0 at −∞
}

/// FloatMath.tanhshrink: the sign of x on a³P(a²) below a = |x| = 1, (a − 1) + 2u/(1 + u) from 1 on.
V_INLINE V_FLOAT NAME(tanhshrink)(V_FLOAT x) {
    V_FLOAT a = V_AND(x, V_BITS(0x7fffffff));
    V_FLOAT z = V_MUL(a, a);
    V_FLOAT p = V_BITS((int)0xb9206762);
    p = V_ADD(V_BITS(0x3a7c45f0), V_MUL(z, p));
    p = V_ADD(V_BITS((int)0xbb560ede), V_MUL(z, p));
    p = V_ADD(V_BITS(0x3c0f4492), V_MUL(z, p));
    p = V_ADD(V_BITS((int)0xbcb2fcf8), V_MUL(z, p));
    p = V_ADD(V_BITS(0x3d5d0d36), V_MUL(z, p));
    p = V_ADD(V_BITS((int)0xbe088895), V_MUL(z, p));
    p = V_ADD(V_BITS(0x3eaaaaab), V_MUL(z, p));
    V_FLOAT series = V_MUL(V_MUL(a, z), p);
    V_FLOAT u = NAME(exp)(V_MUL(V_BITS((int)0xc0000000), a));
    V_FLOAT large = V_ADD(V_SUB(a, V_ONE), V_DIV(V_MUL(V_TWO, u), V_ADD(V_ONE, u)));
    V_FLOAT value = V_IF(a, _CMP_LT_OQ, V_ONE, series, large);
    return V_OR(V_AND(value, V_BITS(0x7fffffff)), V_AND(x, V_SIGN));
}

/// FloatMath.tanhSquared: a² + a²·a²Q(a²) below a = |x| = 1, 1 − 4u/(1 + u)² from 1 on.
V_INLINE V_FLOAT NAME(tanh_squared)(V_FLOAT x) {
    V_FLOAT a = V_AND(x, V_BITS(0x7fffffff));
    V_FLOAT z = V_MUL(a, a);
    V_FLOAT q = V_BITS(0x3a4d6cd4);
    q = V_ADD(V_BITS((int)0xbbab3e62), V_MUL(z, q));
    q = V_ADD(V_BITS(0x3c92404b), V_MUL(z, q));
    q = V_ADD(V_BITS((int)0xbd36b8d4), V_MUL(z, q));
    q = V_ADD(V_BITS(0x3dc64dfe), V_MUL(z, q));
    q = V_ADD(V_BITS((int)0xbe496cce), V_MUL(z, q));
    q = V_ADD(V_BITS(0x3ec16aaa), V_MUL(z, q));
    q = V_ADD(V_BITS((int)0xbf2aaaa5), V_MUL(z, q));
    V_FLOAT small = V_ADD(z, V_MUL(z, V_MUL(z, q)));
    V_FLOAT u = NAME(exp)(V_MUL(V_BITS((int)0xc0000000), a));
    V_FLOAT d = V_ADD(V_ONE, u);
    V_FLOAT large = V_SUB(V_ONE, V_DIV(V_MUL(V_BITS(0x40800000), u), V_MUL(d, d)));
    return V_IF(a, _CMP_LT_OQ, V_ONE, small, large);
}

/// The loop shared by every kernel: V_LANES elements at a time, the tail through a padded buffer. `prepare`
/// is applied to each loaded vector first: nothing, or softmax's x − shift.
#define V_LOOP(exported, kernel, prepare)                                                    \
    V_TARGET void exported {                                                                 \
        size_t i = 0;                                                                        \
        for (; i + V_LANES <= count; i += V_LANES) {                                         \
            V_STORE(y + i, kernel(prepare(V_LOAD(x + i))));                                  \
        }                                                                                    \
        if (i < count) {                                                                     \
            float lanes[V_LANES] = {0};                                                      \
            memcpy(lanes, x + i, (count - i) * sizeof(float));                               \
            V_STORE(lanes, kernel(prepare(V_LOAD(lanes))));                                  \
            memcpy(y + i, lanes, (count - i) * sizeof(float));                               \
        }                                                                                    \
    }
#define V_AS_IS(v) (v)
#define V_MINUS_SHIFT(v) V_SUB(v, V_SPLAT(shift))

V_LOOP(NAME(activations_sigmoid)(const float *x, float *y, size_t count), NAME(sigmoid), V_AS_IS)
V_LOOP(NAME(activations_sigmoid_derivative)(const float *x, float *y, size_t count),
       NAME(sigmoid_derivative), V_AS_IS)
V_LOOP(NAME(activations_tanh)(const float *x, float *y, size_t count), NAME(tanh), V_AS_IS)
V_LOOP(NAME(activations_tanh_derivative)(const float *x, float *y, size_t count), NAME(tanh_derivative), V_AS_IS)
V_LOOP(NAME(activations_shifted_exp)(const float *x, float *y, size_t count, float shift), NAME(exp),
       V_MINUS_SHIFT)
#define V_SOFTPLUS_VALUE(v) NAME(softplus_value)(v, V_SPLAT(threshold))
#define V_SOFTPLUS_SLOPE(v) NAME(softplus_slope)(v, V_SPLAT(threshold))
V_LOOP(NAME(activations_softplus)(const float *x, float *y, size_t count, float threshold), V_SOFTPLUS_VALUE, V_AS_IS)
V_LOOP(NAME(activations_softplus_derivative)(const float *x, float *y, size_t count, float threshold),
       V_SOFTPLUS_SLOPE, V_AS_IS)
V_LOOP(NAME(activations_log_sigmoid)(const float *x, float *y, size_t count), NAME(log_sigmoid), V_AS_IS)
V_LOOP(NAME(activations_log_sigmoid_derivative)(const float *x, float *y, size_t count), NAME(log_sigmoid_slope),
       V_AS_IS)
V_LOOP(NAME(activations_mish)(const float *x, float *y, size_t count), NAME(mish), V_AS_IS)
V_LOOP(NAME(activations_tanhshrink)(const float *x, float *y, size_t count), NAME(tanhshrink), V_AS_IS)
V_LOOP(NAME(activations_tanhshrink_derivative)(const float *x, float *y, size_t count), NAME(tanh_squared),
       V_AS_IS)
#undef V_SOFTPLUS_VALUE
#undef V_SOFTPLUS_SLOPE

#undef V_LOOP
#undef V_AS_IS
#undef V_MINUS_SHIFT
#undef V_ONE
#undef V_TWO
#undef V_SIGN
