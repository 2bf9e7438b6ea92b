// Enabled accounts holding the deployment role admin (the last one cannot be demoted or disabled).
MATCH (a:Account {role: 'admin'})
WHERE a.disabled = false
RETURN count(a) AS admins
