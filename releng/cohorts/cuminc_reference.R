# Reference for the SDK sample plug-in (samples/org.opensabt.sample.competingrisks): cumulative
# incidence of local progression with death as a competing risk, by R's survival package
# (survfit on a multi-state Surv object = Aalen-Johansen). Run:
#   Rscript releng/cohorts/cuminc_reference.R demo-data/cohorts/sabt_synthetic_120.csv \
#       samples/org.opensabt.sample.competingrisks.tests/reference/cuminc.reference.json
# Coding: local progression at lct_months (cause "lp"); otherwise death at os_months (cause
# "death"); otherwise censored at lct_months.
suppressMessages({ library(survival); library(jsonlite) })
args <- commandArgs(trailingOnly = TRUE)
d <- read.csv(args[1], stringsAsFactors = FALSE)
d$time <- ifelse(d$local_progression == 1, d$lct_months, ifelse(d$death == 1, d$os_months, d$lct_months))
d$status <- factor(ifelse(d$local_progression == 1, 1, ifelse(d$death == 1, 2, 0)), levels = 0:2, labels = c("censor", "lp", "death"))
times <- c(6, 12, 24, 36)
estimate <- function(x) {
  fit <- survfit(Surv(time, status) ~ 1, data = x)
  lp <- which(fit$states == "lp"); de <- which(fit$states == "death")
  s <- summary(fit, times = times, extend = TRUE)
  events <- rowSums(fit$n.event) > 0
  list(n = nrow(x), localProgressions = sum(x$status == "lp"), deathsWithoutProgression = sum(x$status == "death"),
       at = data.frame(months = s$time, cifLocalProgression = s$pstate[, lp], cifDeath = s$pstate[, de]),
       steps = data.frame(months = fit$time[events], atRisk = fit$n.risk[events, 1],
                          cifLocalProgression = fit$pstate[events, lp], cifDeath = fit$pstate[events, de]))
}
groups <- list(all = estimate(d))
byMethod <- lapply(split(d, d$method), estimate)
out <- list(meta = list(tool = paste("R", getRversion(), "survival", packageVersion("survival")),
                        cohort = basename(args[1]), times = times),
            all = groups$all, method = byMethod)
writeLines(toJSON(out, auto_unbox = TRUE, digits = NA, pretty = TRUE), args[2])
