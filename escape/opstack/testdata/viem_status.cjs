// viem's getWithdrawalStatus (gameLimit 100) on the devnet, for the status
// benchmark (bench_test.go): node viem_status.cjs NODE_MODULES L1_URL L2_URL
// PORTAL DGF L1_CHAIN_ID L2_CHAIN_ID L2_TX [game]. Prints one JSON line: the
// status viem gives and the milliseconds its lookup took (after the L2
// receipt); with "game", the index of the game viem would prove against.
const path = require('path')
const { createRequire } = require('module')
const [nm, l1Url, l2Url, portal, dgf, l1Id, l2Id, l2Tx, mode] = process.argv.slice(2)
const req = createRequire(path.join(nm, 'noop.js'))
const { createPublicClient, http } = req('viem')
const { getWithdrawalStatus, getGame } = req('viem/op-stack')

const eth = { name: 'Ether', symbol: 'ETH', decimals: 18 }
const l1Chain = { id: Number(l1Id), name: 'devnet L1', nativeCurrency: eth, rpcUrls: { default: { http: [l1Url] } } }
const l2Chain = {
  id: Number(l2Id), name: 'devnet L2', nativeCurrency: eth, rpcUrls: { default: { http: [l2Url] } }, sourceId: Number(l1Id),
  contracts: { portal: { [l1Id]: { address: portal } }, disputeGameFactory: { [l1Id]: { address: dgf } } },
}

async function main() {
  const l1 = createPublicClient({ chain: l1Chain, transport: http(l1Url) })
  const l2 = createPublicClient({ chain: l2Chain, transport: http(l2Url) })
  const receipt = await l2.getTransactionReceipt({ hash: l2Tx })
  if (mode === 'game') {
    const game = await getGame(l1, { l2BlockNumber: receipt.blockNumber, targetChain: l2Chain, limit: 100, strategy: 'latest' })
    console.log(JSON.stringify({ game: Number(game.index) }))
    return
  }
  const start = performance.now()
  const status = await getWithdrawalStatus(l1, { receipt, targetChain: l2Chain, gameLimit: 100 })
  console.log(JSON.stringify({ status, ms: performance.now() - start }))
}
main().catch((e) => { console.log(JSON.stringify({ error: String(e && e.shortMessage || e) })); process.exit(1) })
