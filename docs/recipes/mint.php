<?php
// PHP ≥ 7, no extensions needed. Usage: PANDAMETER_SECRET=pms_… php mint.php <board> <interaction>
function mint_token(string $secret, string $board, string $interaction, int $ttlSeconds = 30 * 86400): string
{
    $exp = time() + $ttlSeconds;
    $sig = hash_hmac('sha256', "$board\n$interaction\n$exp", $secret, true);
    return $exp . '.' . rtrim(strtr(base64_encode($sig), '+/', '-_'), '=');
}

echo mint_token(getenv('PANDAMETER_SECRET'), $argv[1], $argv[2]), "\n";
