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

#undef V_LOOP
#undef V_AS_IS
#undef V_MINUS_SHIFT
