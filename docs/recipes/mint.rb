# Ruby, standard library only. Usage: PANDAMETER_SECRET=pms_… ruby mint.rb <board> <interaction>
require 'openssl'

def mint_token(secret, board, interaction, ttl_seconds = 30 * 86_400)
  exp = Time.now.to_i + ttl_seconds
  sig = OpenSSL::HMAC.digest('SHA256', secret, "#{board}\n#{interaction}\n#{exp}")
  "#{exp}.#{[sig].pack('m0').tr('+/', '-_').delete('=')}"
end

puts mint_token(ENV.fetch('PANDAMETER_SECRET'), ARGV[0], ARGV[1]) if $PROGRAM_NAME == __FILE__
