/**
 * The model zoo ({@link io.h2hdse.workload.zoo.ModelZoo}): ImageNet CNNs and the multi-modal multi-task models,
 * built in code through a small chain builder. Uses {@code input} and {@code workload}.
 */
package io.h2hdse.workload.zoo;
