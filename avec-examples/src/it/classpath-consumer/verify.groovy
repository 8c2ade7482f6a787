// README's example ran on the class path with avec-core, money-api and moneta-core only
def log = new File(basedir, 'build.log').text
assert log.contains('Cycle at meeting 1 of 52 (2026-01-05): 2 members, 8 shares')
assert log.contains('  loan fund   MAD 20.00 cash + MAD 60.00 out on loan')
assert log.contains('  social fund MAD 10.00')
assert log.contains('RuleViolationException: LOAN_FUND_CASH (loans come only from the cash in the loan fund), meeting 1, member amina: a loan of MAD 90.00 is more than the MAD 20.00 cash in the loan fund')
assert log.contains('unchanged: MAD 20')
def runtime = new File(basedir, 'runtime-classpath.txt').text
assert runtime.contains('avec-core') && runtime.contains('moneta-core') && runtime.contains('money-api')
assert !runtime.contains('okhttp') && !runtime.contains('okio') && !runtime.contains('kotlin')
return true
