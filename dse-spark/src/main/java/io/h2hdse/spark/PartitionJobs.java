package io.h2hdse.spark;

import io.h2hdse.sweep.JobOutcome;
import io.h2hdse.sweep.RemoteJobs;
import scala.collection.Iterator;
import scala.jdk.javaapi.CollectionConverters;
import scala.runtime.AbstractFunction1;

import java.io.Serializable;
import java.util.ArrayList;

/** The task Spark runs on an executor: one partition of job ids through the shared job function. */
@SuppressWarnings("NonApiType") // the type argument Spark ships back must be serializable: ArrayList, not any List
final class PartitionJobs extends AbstractFunction1<Iterator<String>, ArrayList<JobOutcome>> implements Serializable {
    private static final long serialVersionUID = 1L;

    private final RemoteJobs.Source source;

    PartitionJobs(RemoteJobs.Source source) {
        this.source = source;
    }

    @Override
    @SuppressWarnings("NonApiType") // Spark ships the partition's result back: a serializable ArrayList, not any List
    public ArrayList<JobOutcome> apply(Iterator<String> jobIds) {
        return new ArrayList<>(RemoteJobs.run(source, CollectionConverters.asJava(jobIds)));
    }
}
