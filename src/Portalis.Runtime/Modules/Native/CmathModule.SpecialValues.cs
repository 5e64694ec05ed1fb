using System.Numerics;

namespace Portalis.Runtime;

/// <summary>
/// The special-value tables of Modules/cmathmodule.c (C99 Annex G): the result for an argument whose real or
/// imaginary part is infinite or NaN, indexed by the kind of the real part, then of the imaginary part
/// (<see cref="SpecialType"/>). <c>U</c> marks the cells that are never read (both parts finite, or computed).
/// The values are CPython 3.11's (later versions changed <c>acosh</c> and <c>tanh</c> of a signed zero plus a NaN).
/// </summary>
public static partial class CmathModule
{
    private const double P = Math.PI;
    private const double P14 = 0.25 * Math.PI;
    private const double P12 = 0.5 * Math.PI;
    private const double P34 = 0.75 * Math.PI;
    private const double Inf = double.PositiveInfinity;
    private const double N = double.NaN;
    private const double U = -9.5426319407711027e33;

    private static readonly Complex[,] s_acosSpecial =
    {
        { new(P34, Inf), new(P, Inf), new(P, Inf), new(P, -Inf), new(P, -Inf), new(P34, -Inf), new(N, Inf) },
        { new(P12, Inf), new(U, U), new(U, U), new(U, U), new(U, U), new(P12, -Inf), new(N, N) },
        { new(P12, Inf), new(U, U), new(P12, 0.0), new(P12, -0.0), new(U, U), new(P12, -Inf), new(P12, N) },
        { new(P12, Inf), new(U, U), new(P12, 0.0), new(P12, -0.0), new(U, U), new(P12, -Inf), new(P12, N) },
        { new(P12, Inf), new(U, U), new(U, U), new(U, U), new(U, U), new(P12, -Inf), new(N, N) },
        { new(P14, Inf), new(0.0, Inf), new(0.0, Inf), new(0.0, -Inf), new(0.0, -Inf), new(P14, -Inf), new(N, Inf) },
        { new(N, Inf), new(N, N), new(N, N), new(N, N), new(N, N), new(N, -Inf), new(N, N) },
    };

    private static readonly Complex[,] s_acoshSpecial =
    {
        { new(Inf, -P34), new(Inf, -P), new(Inf, -P), new(Inf, P), new(Inf, P), new(Inf, P34), new(Inf, N) },
        { new(Inf, -P12), new(U, U), new(U, U), new(U, U), new(U, U), new(Inf, P12), new(N, N) },
        { new(Inf, -P12), new(U, U), new(0.0, -P12), new(0.0, P12), new(U, U), new(Inf, P12), new(N, N) },
        { new(Inf, -P12), new(U, U), new(0.0, -P12), new(0.0, P12), new(U, U), new(Inf, P12), new(N, N) },
        { new(Inf, -P12), new(U, U), new(U, U), new(U, U), new(U, U), new(Inf, P12), new(N, N) },
        { new(Inf, -P14), new(Inf, -0.0), new(Inf, -0.0), new(Inf, 0.0), new(Inf, 0.0), new(Inf, P14), new(Inf, N) },
        { new(Inf, N), new(N, N), new(N, N), new(N, N), new(N, N), new(Inf, N), new(N, N) },
    };

    private static readonly Complex[,] s_asinhSpecial =
    {
        { new(-Inf, -P14), new(-Inf, -0.0), new(-Inf, -0.0), new(-Inf, 0.0), new(-Inf, 0.0), new(-Inf, P14), new(-Inf, N) },
        { new(-Inf, -P12), new(U, U), new(U, U), new(U, U), new(U, U), new(-Inf, P12), new(N, N) },
        { new(-Inf, -P12), new(U, U), new(-0.0, -0.0), new(-0.0, 0.0), new(U, U), new(-Inf, P12), new(N, N) },
        { new(Inf, -P12), new(U, U), new(0.0, -0.0), new(0.0, 0.0), new(U, U), new(Inf, P12), new(N, N) },
        { new(Inf, -P12), new(U, U), new(U, U), new(U, U), new(U, U), new(Inf, P12), new(N, N) },
        { new(Inf, -P14), new(Inf, -0.0), new(Inf, -0.0), new(Inf, 0.0), new(Inf, 0.0), new(Inf, P14), new(Inf, N) },
        { new(Inf, N), new(N, N), new(N, -0.0), new(N, 0.0), new(N, N), new(Inf, N), new(N, N) },
    };

    private static readonly Complex[,] s_atanhSpecial =
    {
        { new(-0.0, -P12), new(-0.0, -P12), new(-0.0, -P12), new(-0.0, P12), new(-0.0, P12), new(-0.0, P12), new(-0.0, N) },
        { new(-0.0, -P12), new(U, U), new(U, U), new(U, U), new(U, U), new(-0.0, P12), new(N, N) },
        { new(-0.0, -P12), new(U, U), new(-0.0, -0.0), new(-0.0, 0.0), new(U, U), new(-0.0, P12), new(-0.0, N) },
        { new(0.0, -P12), new(U, U), new(0.0, -0.0), new(0.0, 0.0), new(U, U), new(0.0, P12), new(0.0, N) },
        { new(0.0, -P12), new(U, U), new(U, U), new(U, U), new(U, U), new(0.0, P12), new(N, N) },
        { new(0.0, -P12), new(0.0, -P12), new(0.0, -P12), new(0.0, P12), new(0.0, P12), new(0.0, P12), new(0.0, N) },
        { new(0.0, -P12), new(N, N), new(N, N), new(N, N), new(N, N), new(0.0, P12), new(N, N) },
    };

    private static readonly Complex[,] s_coshSpecial =
    {
        { new(Inf, N), new(U, U), new(Inf, 0.0), new(Inf, -0.0), new(U, U), new(Inf, N), new(Inf, N) },
        { new(N, N), new(U, U), new(U, U), new(U, U), new(U, U), new(N, N), new(N, N) },
        { new(N, 0.0), new(U, U), new(1.0, 0.0), new(1.0, -0.0), new(U, U), new(N, 0.0), new(N, 0.0) },
        { new(N, 0.0), new(U, U), new(1.0, -0.0), new(1.0, 0.0), new(U, U), new(N, 0.0), new(N, 0.0) },
        { new(N, N), new(U, U), new(U, U), new(U, U), new(U, U), new(N, N), new(N, N) },
        { new(Inf, N), new(U, U), new(Inf, -0.0), new(Inf, 0.0), new(U, U), new(Inf, N), new(Inf, N) },
        { new(N, N), new(N, N), new(N, 0.0), new(N, 0.0), new(N, N), new(N, N), new(N, N) },
    };

    private static readonly Complex[,] s_expSpecial =
    {
        { new(0.0, 0.0), new(U, U), new(0.0, -0.0), new(0.0, 0.0), new(U, U), new(0.0, 0.0), new(0.0, 0.0) },
        { new(N, N), new(U, U), new(U, U), new(U, U), new(U, U), new(N, N), new(N, N) },
        { new(N, N), new(U, U), new(1.0, -0.0), new(1.0, 0.0), new(U, U), new(N, N), new(N, N) },
        { new(N, N), new(U, U), new(1.0, -0.0), new(1.0, 0.0), new(U, U), new(N, N), new(N, N) },
        { new(N, N), new(U, U), new(U, U), new(U, U), new(U, U), new(N, N), new(N, N) },
        { new(Inf, N), new(U, U), new(Inf, -0.0), new(Inf, 0.0), new(U, U), new(Inf, N), new(Inf, N) },
        { new(N, N), new(N, N), new(N, -0.0), new(N, 0.0), new(N, N), new(N, N), new(N, N) },
    };

    private static readonly Complex[,] s_logSpecial =
    {
        { new(Inf, -P34), new(Inf, -P), new(Inf, -P), new(Inf, P), new(Inf, P), new(Inf, P34), new(Inf, N) },
        { new(Inf, -P12), new(U, U), new(U, U), new(U, U), new(U, U), new(Inf, P12), new(N, N) },
        { new(Inf, -P12), new(U, U), new(-Inf, -P), new(-Inf, P), new(U, U), new(Inf, P12), new(N, N) },
        { new(Inf, -P12), new(U, U), new(-Inf, -0.0), new(-Inf, 0.0), new(U, U), new(Inf, P12), new(N, N) },
        { new(Inf, -P12), new(U, U), new(U, U), new(U, U), new(U, U), new(Inf, P12), new(N, N) },
        { new(Inf, -P14), new(Inf, -0.0), new(Inf, -0.0), new(Inf, 0.0), new(Inf, 0.0), new(Inf, P14), new(Inf, N) },
        { new(Inf, N), new(N, N), new(N, N), new(N, N), new(N, N), new(Inf, N), new(N, N) },
    };

    private static readonly Complex[,] s_sinhSpecial =
    {
        { new(Inf, N), new(U, U), new(-Inf, -0.0), new(-Inf, 0.0), new(U, U), new(Inf, N), new(Inf, N) },
        { new(N, N), new(U, U), new(U, U), new(U, U), new(U, U), new(N, N), new(N, N) },
        { new(0.0, N), new(U, U), new(-0.0, -0.0), new(-0.0, 0.0), new(U, U), new(0.0, N), new(0.0, N) },
        { new(0.0, N), new(U, U), new(0.0, -0.0), new(0.0, 0.0), new(U, U), new(0.0, N), new(0.0, N) },
        { new(N, N), new(U, U), new(U, U), new(U, U), new(U, U), new(N, N), new(N, N) },
        { new(Inf, N), new(U, U), new(Inf, -0.0), new(Inf, 0.0), new(U, U), new(Inf, N), new(Inf, N) },
        { new(N, N), new(N, N), new(N, -0.0), new(N, 0.0), new(N, N), new(N, N), new(N, N) },
    };

    private static readonly Complex[,] s_sqrtSpecial =
    {
        { new(Inf, -Inf), new(0.0, -Inf), new(0.0, -Inf), new(0.0, Inf), new(0.0, Inf), new(Inf, Inf), new(N, Inf) },
        { new(Inf, -Inf), new(U, U), new(U, U), new(U, U), new(U, U), new(Inf, Inf), new(N, N) },
        { new(Inf, -Inf), new(U, U), new(0.0, -0.0), new(0.0, 0.0), new(U, U), new(Inf, Inf), new(N, N) },
        { new(Inf, -Inf), new(U, U), new(0.0, -0.0), new(0.0, 0.0), new(U, U), new(Inf, Inf), new(N, N) },
        { new(Inf, -Inf), new(U, U), new(U, U), new(U, U), new(U, U), new(Inf, Inf), new(N, N) },
        { new(Inf, -Inf), new(Inf, -0.0), new(Inf, -0.0), new(Inf, 0.0), new(Inf, 0.0), new(Inf, Inf), new(Inf, N) },
        { new(Inf, -Inf), new(N, N), new(N, N), new(N, N), new(N, N), new(Inf, Inf), new(N, N) },
    };

    private static readonly Complex[,] s_tanhSpecial =
    {
        { new(-1.0, 0.0), new(U, U), new(-1.0, -0.0), new(-1.0, 0.0), new(U, U), new(-1.0, 0.0), new(-1.0, 0.0) },
        { new(N, N), new(U, U), new(U, U), new(U, U), new(U, U), new(N, N), new(N, N) },
        { new(-0.0, N), new(U, U), new(-0.0, -0.0), new(-0.0, 0.0), new(U, U), new(-0.0, N), new(N, N) },
        { new(0.0, N), new(U, U), new(0.0, -0.0), new(0.0, 0.0), new(U, U), new(0.0, N), new(N, N) },
        { new(N, N), new(U, U), new(U, U), new(U, U), new(U, U), new(N, N), new(N, N) },
        { new(1.0, 0.0), new(U, U), new(1.0, -0.0), new(1.0, 0.0), new(U, U), new(1.0, 0.0), new(1.0, 0.0) },
        { new(N, N), new(N, N), new(N, -0.0), new(N, 0.0), new(N, N), new(N, N), new(N, N) },
    };

    private static readonly Complex[,] s_rectSpecial =
    {
        { new(Inf, N), new(U, U), new(-Inf, 0.0), new(-Inf, -0.0), new(U, U), new(Inf, N), new(Inf, N) },
        { new(N, N), new(U, U), new(U, U), new(U, U), new(U, U), new(N, N), new(N, N) },
        { new(0.0, 0.0), new(U, U), new(-0.0, 0.0), new(-0.0, -0.0), new(U, U), new(0.0, 0.0), new(0.0, 0.0) },
        { new(0.0, 0.0), new(U, U), new(0.0, -0.0), new(0.0, 0.0), new(U, U), new(0.0, 0.0), new(0.0, 0.0) },
        { new(N, N), new(U, U), new(U, U), new(U, U), new(U, U), new(N, N), new(N, N) },
        { new(Inf, N), new(U, U), new(Inf, -0.0), new(Inf, 0.0), new(U, U), new(Inf, N), new(Inf, N) },
        { new(N, N), new(N, N), new(N, 0.0), new(N, 0.0), new(N, N), new(N, N), new(N, N) },
    };
}
