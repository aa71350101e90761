# Reference for predicted local control at planning time (issue 27): the Cox models of local control on the
# synthetic cohort, fitted by rms::cph (Efron ties) and predicted by survival::survfit.coxph (stype 2, ctype 2 as
# survival chooses for Efron ties; conf.type "log"), with rms::survest beside as a cross-check. Two models:
#   dichotomised: Surv(lct_months, local_progression) ~ gtv_gt60 + d90_gt135 + method   (the study's nomogram)
#   continuous:   Surv(lct_months, local_progression) ~ gtv_gt60 + rcs(d90_gy, 3) + method (knots by rcspline.eval)
# Run:
#   Rscript releng/cohorts/lc_prediction_reference.R demo-data/cohorts/sabt_synthetic_120.csv \
#       bundles/org.opensabt.outcomes.tests/reference/lc_prediction.reference.json
suppressMessages({ library(survival); library(rms); library(jsonlite) })
args <- commandArgs(trailingOnly = TRUE)
d <- read.csv(args[1], stringsAsFactors = FALSE)
d$gtv_gt60 <- factor(ifelse(d$gtv_cc > 60, ">60", "<=60"), levels = c("<=60", ">60"))
d$d90_gt135 <- factor(ifelse(d$d90_gy > 135, ">135", "<=135"), levels = c("<=135", ">135"))
d$method <- factor(d$method, levels = c("CT", "CT_TEMPLATE"))
times <- c(12, 36, 60)
knots <- rcspline.eval(d$d90_gy, nk = 3, knots.only = TRUE)

predict_at <- function(fit, cph_fit, newdata) {
  rows <- list()
  for (i in seq_len(nrow(newdata))) {
    nd <- newdata[i, , drop = FALSE]
    sf <- survfit(fit, newdata = nd, conf.type = "log", conf.int = 0.95)
    s <- summary(sf, times = times, extend = TRUE)
    se <- survest(cph_fit, newdata = nd, times = times, conf.type = "log", conf.int = 0.95)
    rows[[i]] <- list(profile = as.list(nd), months = s$time, surv = s$surv, stdErrCumHaz = s$std.err / s$surv,
                      lower = s$lower, upper = s$upper,
                      rmsSurv = as.numeric(se$surv), rmsLower = as.numeric(se$lower), rmsUpper = as.numeric(se$upper))
  }
  rows
}

model_json <- function(f_cox, f_cph, newdata, extra = list()) {
  c(list(coefficients = as.list(coef(f_cox)), variance = unname(f_cox$var), means = unname(f_cox$means),
         loglik = f_cox$loglik, n = f_cox$n, events = f_cox$nevent,
         rmsCoefficients = as.list(coef(f_cph)), predictions = predict_at(f_cox, f_cph, newdata)), extra)
}

dd <- datadist(d); options(datadist = "dd")
f1 <- coxph(Surv(lct_months, local_progression) ~ gtv_gt60 + d90_gt135 + method, data = d, ties = "efron", x = TRUE)
c1 <- cph(Surv(lct_months, local_progression) ~ gtv_gt60 + d90_gt135 + method, data = d, x = TRUE, y = TRUE, surv = TRUE)
grid1 <- expand.grid(gtv_gt60 = levels(d$gtv_gt60), d90_gt135 = levels(d$d90_gt135), method = levels(d$method))

f2 <- coxph(Surv(lct_months, local_progression) ~ gtv_gt60 + rcspline.eval(d90_gy, knots = knots, inclx = TRUE) + method, data = d,
            ties = "efron", x = TRUE)
c2 <- cph(Surv(lct_months, local_progression) ~ gtv_gt60 + rcs(d90_gy, knots) + method, data = d, x = TRUE, y = TRUE, surv = TRUE)
grid2 <- expand.grid(gtv_gt60 = levels(d$gtv_gt60), d90_gy = c(100, 120, 134, 136, 150, 170), method = levels(d$method))

out <- list(meta = list(tool = paste("R", getRversion(), "survival", packageVersion("survival"), "rms", packageVersion("rms")),
                        cohort = basename(args[1]), times = times, conf.type = "log", conf.int = 0.95,
                        survfit = "survfit.coxph(newdata), stype 2, ctype 2 (Efron); stdErrCumHaz = std.err of the cumulative hazard"),
            dichotomised = model_json(f1, c1, grid1),
            continuous = model_json(f2, c2, grid2, list(knots = knots, d90Range = range(d$d90_gy))))
writeLines(toJSON(out, auto_unbox = TRUE, digits = NA, pretty = TRUE), args[2])
