package io.h2hdse.cost;

/**
 * What one layer costs on one accelerator, data movement between accelerators excluded: the
 * evaluator adds weight and activation transfers from the system's links.
 *
 * @param seconds compute latency
 * @param joules  compute energy (dynamic; static power is the evaluator's)
 */
public record LayerCost(double seconds, double joules) {
    public LayerCost {
        if (!(seconds >= 0) || Double.isInfinite(seconds)) {
            throw new IllegalArgumentException("layer latency must be finite and non-negative, got " + seconds);
        }
        if (!(joules >= 0) || Double.isInfinite(joules)) {
            throw new IllegalArgumentException("layer energy must be finite and non-negative, got " + joules);
        }
    }
}
