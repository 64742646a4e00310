-- Job acquisition with the future timers of about 100 000 open cases, without and with the indexes that
-- drift.PostgresTuning creates (docs/benchmark.md, "Job acquisition"). Run it on a database with the engine's
-- schema while the application is stopped, e.g. after the benchmark:
--   psql -h 127.0.0.1 -U postgres -d oppfolgingsflyt_benchmark -f src/test/resources/ytelse/jobbinnhenting.sql
-- Everything happens in one transaction that is rolled back; a last ANALYZE gives act_ru_job its own statistics back.
\timing on
\set QUIET on
begin;
-- 300 000 timers due over the next 300 days, 50 due now, 5 of them in progress on a node.
insert into act_ru_job (id_, rev_, type_, exclusive_, execution_id_, process_instance_id_, retries_, duedate_,
        handler_type_, suspension_state_, priority_, create_time_)
    select 'maling-x' || g, 1, 'timer', true, 'maling-e' || (g / 3), 'maling-p' || (g / 3), 3,
        timestamp '2025-06-01 10:00' + (g % 300) * interval '1 day', 'timer-intermediate-transition', 1, 0, now()
    from generate_series(1, 300000) g;
insert into act_ru_job (id_, rev_, type_, exclusive_, execution_id_, process_instance_id_, retries_, duedate_,
        handler_type_, suspension_state_, priority_, create_time_)
    select 'maling-d' || g, 1, 'timer', true, 'maling-de' || g, 'maling-dp' || g, 3, timestamp '2025-06-01 08:00',
        'timer-intermediate-transition', 1, 0, now()
    from generate_series(1, 50) g;
update act_ru_job set lock_owner_ = 'node-1', lock_exp_time_ = timestamp '2025-06-01 09:05'
    where id_ in ('maling-d1', 'maling-d2', 'maling-d3', 'maling-x5', 'maling-x6');
drop index if exists oppf_idx_job_duedate;
drop index if exists oppf_idx_job_lock_exp_time;
analyze act_ru_job;

-- Camunda 7.24's acquisition query on PostgreSQL (Job.xml, selectNextJobsToExecute), as the job executor runs it,
-- at 09:00 with nothing due (:ingen) and with 50 due (:femti).
\set ingen 'select RES.ID_, RES.REV_, RES.DUEDATE_, RES.PROCESS_INSTANCE_ID_, RES.EXCLUSIVE_ from ACT_RU_JOB RES where (RES.RETRIES_ > 0) and ( RES.DUEDATE_ is null or RES.DUEDATE_ <= timestamp \'2025-05-01 09:00\') and (RES.LOCK_OWNER_ is null or RES.LOCK_EXP_TIME_ < timestamp \'2025-05-01 09:00\') and RES.SUSPENSION_STATE_ = 1 and ((RES.EXCLUSIVE_ = true and not exists(select J2.ID_ from ACT_RU_JOB J2 where J2.PROCESS_INSTANCE_ID_ = RES.PROCESS_INSTANCE_ID_ and (J2.EXCLUSIVE_ = true) and (J2.LOCK_OWNER_ is not null and J2.LOCK_EXP_TIME_ >= timestamp \'2025-05-01 09:00\'))) or RES.EXCLUSIVE_ = false) LIMIT 3 OFFSET 0;'
\set femti 'select RES.ID_, RES.REV_, RES.DUEDATE_, RES.PROCESS_INSTANCE_ID_, RES.EXCLUSIVE_ from ACT_RU_JOB RES where (RES.RETRIES_ > 0) and ( RES.DUEDATE_ is null or RES.DUEDATE_ <= timestamp \'2025-06-01 09:00\') and (RES.LOCK_OWNER_ is null or RES.LOCK_EXP_TIME_ < timestamp \'2025-06-01 09:00\') and RES.SUSPENSION_STATE_ = 1 and ((RES.EXCLUSIVE_ = true and not exists(select J2.ID_ from ACT_RU_JOB J2 where J2.PROCESS_INSTANCE_ID_ = RES.PROCESS_INSTANCE_ID_ and (J2.EXCLUSIVE_ = true) and (J2.LOCK_OWNER_ is not null and J2.LOCK_EXP_TIME_ >= timestamp \'2025-06-01 09:00\'))) or RES.EXCLUSIVE_ = false) LIMIT 3 OFFSET 0;'
\echo 'Without the indexes, nothing due (5 runs):'
:ingen :ingen :ingen :ingen :ingen
\echo 'Without the indexes, 50 due (5 runs):'
:femti :femti :femti :femti :femti
create index oppf_idx_job_duedate on act_ru_job (duedate_);
create index oppf_idx_job_lock_exp_time on act_ru_job (lock_exp_time_);
analyze act_ru_job;
\echo 'With the indexes, nothing due (5 runs):'
:ingen :ingen :ingen :ingen :ingen
\echo 'With the indexes, 50 due (5 runs):'
:femti :femti :femti :femti :femti
rollback;
analyze act_ru_job;
