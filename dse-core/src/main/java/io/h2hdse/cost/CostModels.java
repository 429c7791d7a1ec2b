package io.h2hdse.cost;

import io.h2hdse.cost.fpga.FpgaTileCostModel;
import io.h2hdse.cost.maestro.MaestroCostModel;
import io.h2hdse.cost.table.CostTableModel;
import io.h2hdse.input.InvalidInputException;
import io.h2hdse.system.Accelerator;
import io.h2hdse.system.FpgaTileSpec;
import io.h2hdse.system.MaestroSpec;
import io.h2hdse.system.SystemSpec;
import io.h2hdse.system.TableSpec;
import io.h2hdse.workload.Layer;
import io.h2hdse.workload.Workload;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The cost model of a whole system: each accelerator's {@link io.h2hdse.system.CostSpec} chooses its
 * provider (MAESTRO, the FPGA tile model, or the user's cost table).
 */
public final class CostModels implements LayerCostModel {
    private final MaestroCostModel maestro;
    private final FpgaTileCostModel fpga = new FpgaTileCostModel();
    private final Optional<CostTableModel> table;

    private CostModels(MaestroCostModel maestro, Optional<CostTableModel> table) {
        this.maestro = maestro;
        this.table = table;
    }

    /** Providers for a system whose {@code table} accelerators take their costs from this CSV, if there is one. */
    public static CostModels withCostTable(Optional<Path> costTableCsv) {
        return new CostModels(new MaestroCostModel(), costTableCsv.map(CostTableModel::read));
    }

    /** Providers for a system built in code; a given table serves its {@code table} accelerators. */
    public static CostModels of(MaestroCostModel maestro, Optional<CostTableModel> table) {
        return new CostModels(maestro, table);
    }

    /** Checks up front that every accelerator has a provider, e.g. that table accelerators have a table. */
    public CostModels requireProviders(SystemSpec system) {
        for (Accelerator acc : system.accelerators()) {
            if (acc.cost() instanceof TableSpec && table.isEmpty()) {
                throw missingTable(acc);
            }
        }
        return this;
    }

    @Override
    public LayerCost cost(Workload workload, Layer layer, Accelerator accelerator) {
        return switch (accelerator.cost()) {
            case MaestroSpec spec -> maestro.cost(workload, layer, accelerator);
            case FpgaTileSpec spec -> fpga.cost(workload, layer, accelerator);
            case TableSpec spec ->
                table.orElseThrow(() -> missingTable(accelerator)).cost(workload, layer, accelerator);
        };
    }

    @Override
    public boolean canCost(Layer layer, Accelerator accelerator) {
        return switch (accelerator.cost()) {
            case MaestroSpec spec -> maestro.canCost(layer, accelerator);
            case FpgaTileSpec spec -> fpga.canCost(layer, accelerator);
            case TableSpec spec -> table.map(t -> t.canCost(layer, accelerator)).orElse(true);
        };
    }

    private static InvalidInputException missingTable(Accelerator acc) {
        return new InvalidInputException(
                "accelerators." + acc.name() + ".cost", "a table accelerator needs the system's cost_table_csv");
    }
}
